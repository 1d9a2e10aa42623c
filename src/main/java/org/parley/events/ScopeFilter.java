package org.parley.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.CodedEvent;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Keeps the events of one sentence that a {@link CodingScope} allows. {@link CodingScope#CLAUSE} and
 * {@link CodingScope#SENTENCE} keep, in each clause or in the sentence, the events of the first word (in text order)
 * that coded any; {@link CodingScope#PHRASE} and {@link CodingScope#ALL} keep every event (they differ in what the
 * matcher codes, not in what is kept).
 *
 * <p>A clause is the main clause or a clause coordinated with it: a word belongs to the clause of the nearest verb
 * above it (itself included) that is joined to another verb by {@code conj} ("Gondor accepts ..., but Dagolath
 * promised aid"), else to the main clause. Clauses embedded in a clause (complements, relative and adverbial
 * clauses) belong to it.
 */
final class ScopeFilter {
    private ScopeFilter() {
    }

    /**
     * @param events the sentence's events, in text order of their words
     * @return the events the scope keeps, in the same order
     */
    static List<CodedEvent> keep(CodingScope scope, Sentence sentence, List<CodedEvent> events) {
        return switch (scope) {
            case PHRASE, ALL -> events;
            case SENTENCE -> firstHeadPer(events, e -> 0);
            case CLAUSE -> firstHeadPer(events, e -> clauseOf(sentence, e.predicateToken()));
        };
    }

    private static List<CodedEvent> firstHeadPer(List<CodedEvent> events,
                                                 java.util.function.ToIntFunction<CodedEvent> group) {
        Map<Integer, Integer> firstHead = new HashMap<>();
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) {
            int head = firstHead.computeIfAbsent(group.applyAsInt(e), k -> e.predicateToken());
            if (head == e.predicateToken()) {
                out.add(e);
            }
        }
        return out;
    }

    /** The token heading the coordinated clause token {@code i} belongs to, or -1 for the main clause. */
    static int clauseOf(Sentence sentence, int i) {
        int current = i;
        for (int steps = 0; steps < sentence.tokens().size(); steps++) {
            Optional<Dependency> up = sentence.headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return -1;
            }
            Dependency d = up.get();
            if (d.baseRelation().equals("conj") && sentence.token(current).isVerb()
                    && sentence.token(d.governor()).isVerb()) {
                return current;
            }
            current = d.governor();
        }
        return -1;
    }
}
