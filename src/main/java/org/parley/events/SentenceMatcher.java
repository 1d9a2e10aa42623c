package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.events.HeadPatterns.Candidate;
import org.parley.model.ActorMention;
import org.parley.model.CodedEvent;

/**
 * Matches the patterns of a {@link PatternDictionary} on one sentence, head word by head word: verbs first, then
 * other words that head compiled patterns ({@link WordHeads}), then nouns. For each head it tries the patterns most
 * specific first ({@link HeadPatterns}), checks their words ({@link SlotWords}, {@link ContextMatcher}), reads the
 * source and target ({@link CompiledSlots}, {@link TargetActors}, {@link NounSources}) and codes the first that gives
 * an event ({@link SentenceEvents}); a discard pattern leaves the sentence without events.
 */
final class SentenceMatcher {
    private final SentenceGraph g;
    private final CodingOptions options;
    /** Tokens of comma-delimited phrases the options leave out: they head no event. */
    private final Set<Integer> leftOut;
    private final HeadPatterns patterns;
    private final SlotWords words;
    private final TargetActors targetActors;
    private final CompiledSlots compiled;
    private final WordHeads wordHeads;
    private final NounSources nounSources;
    private final ConsumedWords consumed;
    private final SentenceEvents coded;
    /** A discard pattern matched: the sentence codes nothing. */
    private boolean discarded;

    /**
     * @param leftOut     tokens of comma-delimited phrases the options leave out
     * @param antecedents earlier events a definite event noun may refer to
     */
    SentenceMatcher(PatternDictionary dictionary, CodingOptions options, SentenceGraph g, LocalDate articleDate,
                    Set<Integer> leftOut, EventAntecedents antecedents) {
        this.g = Objects.requireNonNull(g, "g");
        this.options = Objects.requireNonNull(options, "options");
        this.leftOut = Objects.requireNonNull(leftOut, "leftOut");
        this.patterns = new HeadPatterns(dictionary, g);
        this.words = new SlotWords(g, options);
        this.targetActors = new TargetActors(g, articleDate, antecedents, patterns);
        this.compiled = new CompiledSlots(g, words);
        this.wordHeads = new WordHeads(g);
        this.nounSources = new NounSources(g);
        this.consumed = new ConsumedWords(g);
        this.coded = new SentenceEvents(g, options, articleDate);
    }

    /** The sentence's events, in text order of their words. */
    List<CodedEvent> match() {
        int n = g.sentence().tokens().size();
        for (int i = 0; i < n; i++) {
            if (g.token(i).isVerb() && !leftOut.contains(i) && !WordForms.possessor(g.sentence(), i)) {
                matchVerb(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!g.token(i).isVerb() && !consumed.noun(i) && !leftOut.contains(i)) {
                matchWordHead(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (g.token(i).isNoun() && !consumed.noun(i) && !leftOut.contains(i)) {
                matchNoun(i);
            }
        }
        if (discarded) {
            return List.of();
        }
        return coded.result();
    }

    private void matchVerb(int v) {
        if (consumed.verb(v)) {
            return;
        }
        for (Candidate candidate : patterns.candidates(v)) {
            EventPattern p = candidate.pattern();
            int at = candidate.at();
            if (!p.particle().isEmpty() && !words.hasParticle(v, p.particle())) {
                continue;
            }
            PatternContext context = p.context();
            if (context != PatternContext.NONE) {
                if (!ContextMatcher.admits(g, at, v, context)) {
                    continue;
                }
                if (ends(context)) {
                    return;
                }
            }
            int predicate = v;
            Integer object = null;
            if (!p.complement().isEmpty()) {
                Integer complement = words.complementOf(v, p);
                if (complement != null) {
                    predicate = complement;
                } else {
                    object = words.secondObject(v, p);
                    if (object == null) {
                        continue;
                    }
                }
            }
            if (!p.object().isEmpty()) {
                object = words.objectOf(predicate, p);
                if (object == null) {
                    continue;
                }
            }
            // where the target slot is read: the complement, or the head when the target comes first
            int slotHead = p.targetOnHead() ? v : predicate;
            List<ActorMention> sources;
            List<ActorMention> targets;
            if (context != PatternContext.NONE) {
                List<List<ActorMention>> slots = compiled.of(p, v, at);
                sources = slots.get(0);
                targets = slots.get(1);
            } else if (words.passive(slotHead) && p.target() == EventPattern.TargetSlot.OBJECT) {
                sources = g.actorsAt(words.agents(slotHead));
                if (sources.isEmpty()) {
                    sources = ReportedCoercion.of(g, slotHead, p.code()); // "police said 20 were detained"
                }
                targets = targetActors.of(g.children(slotHead, "nsubj:pass"), p, slotHead);
            } else {
                sources = g.subjectActors(v);
                if (sources.isEmpty() && g.isPassive(v)) {
                    // "sanctions were imposed on Gondor by Arnor"
                    sources = g.actorsAt(words.agents(v));
                } else if (sources.isEmpty()) {
                    // a subject naming no actor stands for its owner: "union leaders", "Russian hackers"
                    sources = ContextMatcher.owners(g, g.subjects(v));
                }
                List<Integer> targetTokens = words.targetTokens(p, slotHead, object);
                if (p.targetOnHead() && predicate != v) {
                    // "demand that Gondor withdraw", "appeal to Gondor to free": the clause's own subject
                    targetTokens.addAll(g.childrenExactly(predicate, "nsubj"));
                }
                targets = targetActors.of(targetTokens, p, slotHead);
            }
            Integer purpose = null;
            for (PurposeTargets.Purpose pt : targets.isEmpty() && context == PatternContext.NONE
                    ? PurposeTargets.of(g, v, p.code()) : List.<PurposeTargets.Purpose>of()) {
                targets = targetActors.of(pt.targetWords(), p, pt.clause()); // "fired tear gas to disperse them"
                if (!targets.isEmpty()) {
                    purpose = pt.clause();
                    break;
                }
            }
            if (coded.emit(p, v, object, sources, targets)) {
                if (purpose != null) {
                    consumed.consume(purpose);
                }
                if (context != PatternContext.NONE && options.scope() != CodingScope.ALL) {
                    consumed.consumeComplements(v);
                    consumed.consumeTargetClauses(v, targets);
                }
                if (object != null) {
                    consumed.consume(object);
                    nounSources.put(object, sources);
                }
                if (predicate != v) {
                    consumed.consume(predicate);
                }
                return;
            }
        }
    }

    /**
     * A compiled pattern whose head the tagger did not read as a verb ({@link PatternContext#anyWordHead}). A
     * modal stands for the clause of the verb it helps: "Gondor should apply ..." is read on "apply", with the
     * pattern's words after the modal. Any other word is read as a nominal event: its words after it and its
     * target in its own phrase, its source its own subject (a predicate noun: "Gollum was in accord with ..."),
     * an actor modifying it ("Estonia's actuality") or else the subject of the clause above ("have postponed
     * their meeting"); a {@code +} before it is that modifier ("anti-Gondor parade"). A word right after an
     * article ("the restore", "an accord") names a thing, not an event; and a word below a head that already coded an
     * event adds none ("condemned Mordor's attacks").
     */
    private void matchWordHead(int w) {
        List<EventPattern> candidates = new ArrayList<>();
        for (EventPattern p : patterns.of(w, false)) {
            if (p.context().anyWordHead()) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty() || wordHeads.hasArticle(w)
                || (options.scope() != CodingScope.ALL && coded.insideCodedPhrase(w))) {
            return;
        }
        if (wordHeads.modalClause(w) != w) {
            return; // tried with the patterns of the verb it helps
        }
        for (EventPattern p : candidates) {
            PatternContext context = p.context();
            if (!ContextMatcher.admits(g, w, context)) {
                continue;
            }
            if (ends(context)) {
                return;
            }
            List<List<ActorMention>> slots = wordHeads.nominalSlots(p, w);
            if (coded.emit(p, w, null, slots.get(0), slots.get(1))) {
                return;
            }
        }
    }

    private void matchNoun(int n) {
        for (EventPattern p : patterns.of(n, true)) {
            if (!words.hasModifiers(n, p.headModifiers())) {
                continue;
            }
            List<ActorMention> targets = targetActors.of(words.targetTokens(p, n, null), p, n);
            List<ActorMention> sources = nounSources.of(n, targets);
            if (coded.emit(p, n, null, sources, targets)) {
                return;
            }
        }
    }

    /**
     * Whether a matched context ends the matching of its word: a discard (the sentence then codes nothing) or the
     * null code.
     */
    private boolean ends(PatternContext context) {
        if (context.effect() == PatternContext.Effect.DISCARD) {
            discarded = true;
            return true;
        }
        return context.effect() == PatternContext.Effect.NULL;
    }
}
