package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.StageClock.Stage;

class StageClockTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    /** Waits at least the given time on the same clock the stage clock reads. */
    static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() - until < 0) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aNewClockHasNoTime() {
        StageClock clock = new StageClock();
        for (Stage s : Stage.values()) {
            assertEquals(0, clock.nanos(s), s.name());
        }
        assertEquals(0, clock.totalNanos());
    }

    @Test
    void timeReturnsTheWorksResult() {
        assertEquals("annotated", new StageClock().time(Stage.NLP, () -> "annotated"));
    }

    @Test
    void timeAddsTheElapsedNanosToItsStageOnly() {
        StageClock clock = new StageClock();
        clock.time(Stage.ACTORS, () -> {
            spin(3 * MS);
            return null;
        });
        assertTrue(clock.nanos(Stage.ACTORS) >= 3 * MS, "ACTORS " + clock.nanos(Stage.ACTORS));
        for (Stage s : Stage.values()) {
            if (s != Stage.ACTORS) {
                assertEquals(0, clock.nanos(s), s.name());
            }
        }
    }

    @Test
    void timeAccumulatesOverCalls() {
        StageClock clock = new StageClock();
        clock.time(Stage.EVENTS, () -> {
            spin(2 * MS);
            return 1;
        });
        long first = clock.nanos(Stage.EVENTS);
        clock.time(Stage.EVENTS, () -> {
            spin(2 * MS);
            return 2;
        });
        assertTrue(clock.nanos(Stage.EVENTS) >= first + 2 * MS, "second call adds to the first");
    }

    @Test
    void timeStillCountsWhenTheWorkThrows() {
        StageClock clock = new StageClock();
        IllegalStateException thrown = new IllegalStateException("parser failed");
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> clock.time(Stage.NLP, () -> {
            spin(2 * MS);
            throw thrown;
        }));
        assertSame(thrown, caught, "the work's own exception comes out");
        assertTrue(clock.nanos(Stage.NLP) >= 2 * MS, "NLP " + clock.nanos(Stage.NLP));
    }

    @Test
    void addAddsToItsStage() {
        StageClock clock = new StageClock();
        clock.add(Stage.ACTORS, 1_000);
        clock.add(Stage.ACTORS, 234);
        clock.add(Stage.STORE, 50);
        assertEquals(1_234, clock.nanos(Stage.ACTORS));
        assertEquals(50, clock.nanos(Stage.STORE));
        assertEquals(0, clock.nanos(Stage.TIME));
    }

    @Test
    void totalIsTheSumOverAllStages() {
        StageClock clock = new StageClock();
        long n = 1;
        long sum = 0;
        for (Stage s : Stage.values()) {
            clock.add(s, n);
            sum += n;
            n *= 10;
        }
        assertEquals(11_111, sum);
        assertEquals(sum, clock.totalNanos());
    }

    @Test
    void totalIncludesTimedWork() {
        StageClock clock = new StageClock();
        clock.add(Stage.STORE, 5);
        clock.time(Stage.TIME, () -> {
            spin(MS);
            return null;
        });
        assertEquals(clock.nanos(Stage.STORE) + clock.nanos(Stage.TIME), clock.totalNanos());
        assertTrue(clock.totalNanos() >= 5 + MS);
    }

    @Test
    void concurrentAddsAreNotLost() throws InterruptedException {
        StageClock clock = new StageClock();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    clock.add(Stage.STORE, 3);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(4 * 10_000 * 3, clock.nanos(Stage.STORE));
    }
}
