package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.ActorMention;
import org.parley.model.Dependency;

/**
 * The source and target of a pattern compiled from a PETRARCH or TABARI dictionary, matched on a verb (or a modal
 * helping one): read from the subject, the {@code by} phrase, the object, the head's phrase ({@link ContextMatcher}),
 * or the subject of a verb the pattern names before its head.
 */
final class CompiledSlots {
    private final SentenceGraph g;
    private final SlotWords words;

    CompiledSlots(SentenceGraph g, SlotWords words) {
        this.g = Objects.requireNonNull(g, "g");
        this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * Source and target of a pattern compiled from a PETRARCH or TABARI dictionary. The source is the subject
     * (in the passive, the {@code by} phrase), or an actor in the head's phrase ({@code FROM $}); the target is
     * the direct object, the subject ({@code + *}), or the nearest actor in the head's phrase, behind a given
     * preposition ({@code WITH +}). A passive head with the default slots swaps them: the subject is the target,
     * the {@code by} phrase the source, and without a {@code by} phrase there is no source.
     */
    List<List<ActorMention>> of(EventPattern p, int v, int at) {
        PatternContext c = p.context();
        boolean passive = words.passive(v);
        List<ActorMention> parsed = ContextMatcher.subject(g, v);
        List<ActorMention> subject = parsed.isEmpty() && at != v ? actorRightBefore(at) : parsed;
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (c.source() == PatternContext.SourceSlot.PHRASE) {
            sources = ContextMatcher.phraseActors(g, v, c.sourcePreposition(), c.sourceSkip(), c.after(),
                    List.of());
        } else if (p.target() == EventPattern.TargetSlot.SUBJECT) {
            // "+ *" without "$": the by phrase of a passive, else the subject of the verb above ("noted + *")
            sources = g.actorsAt(words.agents(v));
            if (sources.isEmpty() && !passive) {
                sources = ContextMatcher.governingSubject(g, v, subject);
            }
            if (sources.isEmpty() && !passive) {
                sources = namedVerbSubject(c, at, subject);
            }
        } else if (c.source() == PatternContext.SourceSlot.NAMED_VERB && !passive) {
            sources = namedVerbSubject(c, at, List.of());
            if (sources.isEmpty()) {
                sources = subject;
            }
        } else if (passive) {
            sources = g.actorsAt(words.agents(v));
        } else {
            sources = parsed.isEmpty() ? namedVerbSubject(c, at, List.of()) : parsed;
            if (sources.isEmpty()) {
                sources = subject;
            }
        }
        boolean swapped = passive && c.source() == PatternContext.SourceSlot.SUBJECT;
        switch (p.target()) {
            case SUBJECT -> {
                List<ActorMention> leading = ContextMatcher.targetBeforeWords(g, v, c);
                targets = leading.isEmpty() ? subject : leading;
            }
            case OBJECT -> targets = swapped ? subject : objectActors(v);
            // a target after the head is not the clause's subject again, nor a pronoun standing for it
            // ("Gondor should apply ... in its dealings with Rohan")
            case PHRASE -> targets = swapped && p.preposition().isEmpty() && c.targetSkip().count() == 0 ? subject
                    : ContextMatcher.phraseActors(g, v, p.preposition(), c.targetSkip(), c.after(),
                    swapped ? sources : union(sources, subject));
            default -> targets = List.of();
        }
        if (c.source() == PatternContext.SourceSlot.GROUP) {
            // "fighting between Gondor and Osgiliath": the members pair up both ways
            targets = ContextMatcher.phraseActors(g, v, p.preposition(), c.targetSkip(), c.after(), List.of());
            sources = targets;
        }
        return List.of(sources, targets);
    }

    private List<ActorMention> union(List<ActorMention> a, List<ActorMention> b) {
        List<ActorMention> out = new ArrayList<>(a);
        b.stream().filter(m -> !out.contains(m)).forEach(out::add);
        return out;
    }

    /**
     * The subject of a verb the pattern names before its head ("SAID WOULD *", "SUGGESTED + *"), nearest first,
     * leaving out {@code exclude}: the source when the head's clause gives none of its own.
     */
    private List<ActorMention> namedVerbSubject(PatternContext c, int at, List<ActorMention> exclude) {
        int[] starts = ContextMatcher.beforeStarts(g, c.before(), at);
        if (starts == null) {
            return List.of();
        }
        for (int k = starts.length - 1; k >= 0; k--) {
            int t = starts[k];
            if (g.token(t).isVerb()) {
                List<ActorMention> found = new ArrayList<>(ContextMatcher.subject(g, t));
                found.removeAll(exclude);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * The actor standing right before a modal ("Gondor should", "it never should"; adverbs may come between):
     * the subject of a modal's clause when the parser gave it none, as a finite clause always has one. A
     * personal pronoun there that names no actor stands, like any pronoun subject of a complement clause, for the
     * subject of the verb it hangs from ("Arnor suggested it should ..." with "it" read as the object).
     */
    private List<ActorMention> actorRightBefore(int modal) {
        int i = modal - 1;
        while (i >= 0 && g.token(i).pos().startsWith("RB")) {
            i--;
        }
        if (i < 0) {
            return List.of();
        }
        List<ActorMention> here = g.actorsAt(i);
        Dependency up = g.headEdge(i);
        if (here.isEmpty() && g.token(i).pos().equals("PRP") && up != null && g.token(up.governor()).isVerb()) {
            return ContextMatcher.subject(g, up.governor());
        }
        return here;
    }

    /** Actors at the direct object of {@code v}, or owning it ("accept Gondor's proposal"). */
    private List<ActorMention> objectActors(int v) {
        List<Integer> objects = g.childrenExactly(v, "obj");
        List<ActorMention> found = g.actorsAt(objects);
        return found.isEmpty() ? ContextMatcher.owners(g, objects) : found;
    }
}
