package org.parley.eval;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * The actor codes of a phrase, as PETRARCH's actor tests count them: PETRARCH gives a whole noun phrase one code,
 * Parley one mention per actor, so the phrase's codes are the distinct codes (on a date) of its mentions, leaving
 * out a mention that a preposition attaches to another mention ("Iraq" in "the US commander in Iraq").
 */
public final class PhraseCodes {
    private PhraseCodes() {
    }

    public static List<String> of(AnnotatedDocument doc, List<ActorMention> mentions, LocalDate date) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            Sentence s = doc.sentences().stream().filter(x -> x.index() == m.sentence()).findFirst().orElseThrow();
            if (!attachedByPreposition(s, m, mentions)) {
                out.add(m.roleOn(date).actor().code());
            }
        }
        return List.copyOf(out);
    }

    private static boolean attachedByPreposition(Sentence s, ActorMention m, List<ActorMention> mentions) {
        boolean hasCase = s.childrenOf(m.headToken()).stream().anyMatch(d -> d.relation().equals("case"));
        int governor = s.headOf(m.headToken()).map(Dependency::governor).orElse(Dependency.ROOT);
        return hasCase && governor != Dependency.ROOT && mentions.stream()
                .anyMatch(o -> o != m && o.sentence() == m.sentence() && o.covers(governor));
    }
}
