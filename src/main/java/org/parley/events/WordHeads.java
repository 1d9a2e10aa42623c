package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.Dependency;

/**
 * A compiled pattern whose head word the tagger did not read as a verb ({@link PatternContext#anyWordHead}): whether
 * the word heads an event at all (not right after an article; a modal stands for the verb it helps), and where the
 * event's source and target are.
 */
final class WordHeads {
    /** Articles that make a noun name a thing rather than an event, for heads that are not verbs. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final SentenceGraph g;

    WordHeads(SentenceGraph g) {
        this.g = Objects.requireNonNull(g, "g");
    }

    /** The verb a modal helps ("should" in "should apply"), or {@code w} itself. */
    int modalClause(int w) {
        if (!g.token(w).pos().equals("MD")) {
            return w;
        }
        var up = g.sentence().headOf(w);
        if (up.isPresent() && up.get().baseRelation().equals("aux") && up.get().governor() != Dependency.ROOT
                && g.token(up.get().governor()).isVerb()) {
            return up.get().governor();
        }
        return w;
    }

    /**
     * Whether an article stands right before the word: "the restore", "an accord" name things; "an anti-Gondor
     * parade" still reads "parade" as an event.
     */
    boolean hasArticle(int w) {
        return w > 0 && ARTICLES.contains(g.token(w - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Source and target of a compiled pattern read on a word that is not a verb (see {@link SentenceMatcher}). */
    List<List<ActorMention>> nominalSlots(EventPattern p, int w) {
        PatternContext c = p.context();
        List<ActorMention> modifiers = new ArrayList<>();
        for (ActorMention m : ContextMatcher.owners(g, List.of(w))) {
            if (m.headToken() < w) {
                modifiers.add(m);
            }
        }
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (p.target() == EventPattern.TargetSlot.SUBJECT) {
            targets = modifiers;
            sources = c.source() == PatternContext.SourceSlot.PHRASE
                    ? ContextMatcher.phraseActors(g, w, c.sourcePreposition(), c.sourceSkip(), c.after(), targets)
                    : clauseSubject(w, targets);
            return List.of(sources, targets);
        }
        if (c.source() == PatternContext.SourceSlot.PHRASE) {
            sources = ContextMatcher.phraseActors(g, w, c.sourcePreposition(), c.sourceSkip(), c.after(),
                    List.of());
        } else {
            List<Integer> subjects = g.children(w, "nsubj");
            sources = g.actorsAt(subjects);
            if (sources.isEmpty()) {
                sources = ContextMatcher.owners(g, subjects);
            }
            if (sources.isEmpty()) {
                sources = modifiers;
            }
            if (sources.isEmpty()) {
                sources = clauseSubject(w, List.of());
            }
        }
        if (c.source() == PatternContext.SourceSlot.GROUP) {
            targets = ContextMatcher.phraseActors(g, w, p.preposition(), c.targetSkip(), c.after(), List.of());
            return List.of(targets, targets);
        }
        targets = p.target() == EventPattern.TargetSlot.NONE ? List.of()
                : ContextMatcher.phraseActors(g, w, p.preposition(), c.targetSkip(), c.after(), sources);
        return List.of(sources, targets);
    }

    /**
     * The subject of the nearest clause above {@code w} that names actors other than {@code exclude}: a verb's
     * subject, or a predicate noun's ("Gollum was in accord with ...").
     */
    private List<ActorMention> clauseSubject(int w, List<ActorMention> exclude) {
        int current = w;
        for (int steps = 0; steps < 12; steps++) {
            var up = g.sentence().headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return List.of();
            }
            current = up.get().governor();
            List<ActorMention> found;
            if (g.token(current).isVerb()) {
                found = new ArrayList<>(ContextMatcher.subject(g, current));
            } else {
                List<Integer> subjects = g.children(current, "nsubj");
                found = g.actorsAt(subjects);
                if (found.isEmpty()) {
                    found = ContextMatcher.owners(g, subjects);
                }
            }
            found.removeAll(exclude);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
