package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeaderIndexTest {
    private final LeaderIndex index = new LeaderIndex(ActorDictionaries.builtIn().people());

    @Test
    void aSurnameSharedByNoOtherLeaderFindsTheLeader() {
        assertEquals("Joe Biden", index.unique("biden").orElseThrow().name());
        assertEquals("Benjamin Netanyahu", index.unique("netanyahu").orElseThrow().name());
    }

    @Test
    void sharedSurnamesAndNonLeadersFindNobody() {
        assertTrue(index.unique("lee").isEmpty(), "Lee Jae Myung, Lee Hsien Loong, ...");
        assertTrue(index.unique("lavrov").isEmpty(), "a foreign minister, not a head of state or government");
        assertTrue(index.unique("smith").isEmpty());
    }
}
