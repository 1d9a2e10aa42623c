package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Dependency;
import org.parley.model.Location;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.nlp.LightVerbs;

/**
 * The pattern engine: matches verb and noun patterns of a {@link PatternDictionary} against each sentence's
 * enhanced dependency graph and reads the source and target actors from the matched words' arguments.
 *
 * <p>Verbs: the source is the subject (inherited through control and purpose clauses, resolved through relative
 * pronouns); in the passive the subject is the target and the {@code by} phrase the source. Nouns ("Xi's visit to
 * South Korea"): the source is the possessor, a {@code by} phrase, an actor modifier, the subject of a light verb
 * ("held talks"), or the source of the event noun it belongs to ("visit ... for talks with Xi"). Compound sources
 * and targets give one event per member; a symmetric pattern with a group as source and no target pairs the group's
 * members ("the two sides discussed").
 */
public final class PatternEventCoder implements EventCoder {
    /** Verbs whose object noun carries the event ("hold talks", "pay a visit"): the noun takes the verb's subject. */
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at");
    /**
     * Prepositions that give what an act is about, or another act beside it in time, not a part of it: the event
     * noun they introduce is not done by the act's source ("protest over the detention", "support during a visit").
     */
    private static final Set<String> NOT_PART_OF = Set.of("over", "about", "against", "regarding", "concerning",
            "amid", "during", "despite", "after", "before");
    /** Articles that make a noun name a thing rather than an event, for heads that are not verbs. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Nouns that count an object noun and stand for it: "a round of talks", "a wave of air strikes". */
    private static final Set<String> PARTITIVE_NOUNS = Set.of("round", "series", "wave", "spate", "barrage");
    /**
     * Most specific first; among equally specific patterns, the one whose words leave fewer alternatives (a word
     * before a synset of words: "* DOLLAR" before "* &CURRENCY"; "* RESISTANCE TO THE INVADING" before
     * "* RESIST { TO THE END | TO THE DEATH }"), then file order (the sort is stable).
     */
    private static final java.util.Comparator<EventPattern> MOST_SPECIFIC =
            java.util.Comparator.comparingInt((EventPattern p) -> -p.specificity())
                    .thenComparingInt(p -> p.context().alternatives());

    private final PatternDictionary dictionary;
    private final CodingOptions options;

    public PatternEventCoder(PatternDictionary dictionary) {
        this(dictionary, CodingOptions.STANDARD);
    }

    /** The engine over {@code dictionary} with other settings (minimum sentence length, default actors). */
    public PatternEventCoder(PatternDictionary dictionary, CodingOptions options) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public EventCoder with(CodingOptions other) {
        return new PatternEventCoder(dictionary, other);
    }

    @Override
    public List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> actors) {
        Map<Integer, List<ActorMention>> bySentence = new LinkedHashMap<>();
        for (ActorMention m : actors) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        LocalDate articleDate = document.article().date();
        List<CodedEvent> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            Set<Integer> leftOut = CommaPhrases.leftOut(s, options.commaClauses());
            List<ActorMention> here = bySentence.getOrDefault(s.index(), List.of()).stream()
                    .filter(m -> !leftOut.contains(m.headToken())).toList();
            if ((here.isEmpty() && !options.hasDefaults()) || !options.codes(s.text())) {
                continue;
            }
            out.addAll(new SentenceMatcher(new SentenceGraph(s, here), articleDate, leftOut,
                    new EventAntecedents(List.copyOf(out))).match());
        }
        return out;
    }

    /** Matching state for one sentence. */
    private final class SentenceMatcher {
        private final SentenceGraph g;
        private final LocalDate articleDate;
        private final Set<Integer> consumedNouns = new HashSet<>();
        private final Set<Integer> consumedVerbs = new HashSet<>();
        private final Map<Integer, List<ActorMention>> nounSources = new LinkedHashMap<>();
        private final List<CodedEvent> events = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        /** Head tokens whose pattern coded an event. */
        private final Set<Integer> codedHeads = new HashSet<>();
        /** A discard pattern matched: the sentence codes nothing. */
        private boolean discarded;
        /**
         * Without {@link CodingOptions#requireDyad}: per head, the most specific match that found one side only, coded
         * at the end if no pattern of that head found both ({@link OneSidedEvents} says which are kept).
         */
        private final Map<Integer, Runnable> oneSided = new LinkedHashMap<>();
        /** Tokens of comma-delimited phrases the options leave out: they head no event. */
        private final Set<Integer> leftOut;

        /** Earlier events a definite event noun may refer to. */
        private final EventAntecedents antecedents;

        SentenceMatcher(SentenceGraph g, LocalDate articleDate, Set<Integer> leftOut, EventAntecedents antecedents) {
            this.g = g;
            this.articleDate = articleDate;
            this.leftOut = leftOut;
            this.antecedents = antecedents;
        }

        List<CodedEvent> match() {
            int n = g.sentence().tokens().size();
            for (int i = 0; i < n; i++) {
                if (g.token(i).isVerb() && !leftOut.contains(i) && !WordForms.possessor(g.sentence(), i)) {
                    matchVerb(i);
                }
            }
            for (int i = 0; i < n; i++) {
                if (!g.token(i).isVerb() && !consumedNouns.contains(i) && !leftOut.contains(i)) {
                    matchWordHead(i);
                }
            }
            for (int i = 0; i < n; i++) {
                if (g.token(i).isNoun() && !consumedNouns.contains(i) && !leftOut.contains(i)) {
                    matchNoun(i);
                }
            }
            if (discarded) {
                return List.of();
            }
            Set<Integer> twoSided = Set.copyOf(codedHeads);
            oneSided.forEach((head, emitter) -> {
                if (!twoSided.contains(head) && !OneSidedEvents.circumstance(g, head, twoSided)) {
                    emitter.run();
                }
            });
            events.sort((a, b) -> Integer.compare(a.predicateToken(), b.predicateToken()));
            return ScopeFilter.keep(options.scope(), g.sentence(), events);
        }

        private List<EventPattern> patterns(int i, boolean nominal) {
            String lemma = WordForms.lookupForm(g.token(i));
            String word = g.token(i).word().toLowerCase(java.util.Locale.ROOT);
            // patterns of the word as written come before those of its lemma when equally specific: a dictionary
            // that lists "left" apart from "leave" means it
            List<EventPattern> found = new ArrayList<>();
            if (!word.equals(lemma)) {
                found.addAll(nominal ? dictionary.nounPatterns(word) : dictionary.verbPatterns(word));
            }
            for (EventPattern p : nominal ? dictionary.nounPatterns(lemma) : dictionary.verbPatterns(lemma)) {
                if (!found.contains(p)) {
                    found.add(p);
                }
            }
            found.sort(MOST_SPECIFIC);
            return found;
        }

        private void matchVerb(int v) {
            if (consumedVerbs.contains(v)) {
                return;
            }
            for (Candidate candidate : candidates(v)) {
                EventPattern p = candidate.pattern();
                int at = candidate.at();
                if (!p.particle().isEmpty() && !hasParticle(v, p.particle())) {
                    continue;
                }
                PatternContext context = p.context();
                if (context != PatternContext.NONE) {
                    if (!ContextMatcher.admits(g, at, v, context)) {
                        continue;
                    }
                    if (context.effect() == PatternContext.Effect.DISCARD) {
                        discarded = true;
                        return;
                    }
                    if (context.effect() == PatternContext.Effect.NULL) {
                        return;
                    }
                }
                int predicate = v;
                Integer object = null;
                if (!p.complement().isEmpty()) {
                    Integer complement = complementOf(v, p);
                    if (complement != null) {
                        predicate = complement;
                    } else {
                        object = secondObject(v, p);
                        if (object == null) {
                            continue;
                        }
                    }
                }
                if (!p.object().isEmpty()) {
                    object = objectOf(predicate, p);
                    if (object == null) {
                        continue;
                    }
                }
                // where the target slot is read: the complement, or the head when the target comes first
                int slotHead = p.targetOnHead() ? v : predicate;
                List<ActorMention> sources;
                List<ActorMention> targets;
                if (context != PatternContext.NONE) {
                    List<List<ActorMention>> slots = compiledSlots(p, v, at);
                    sources = slots.get(0);
                    targets = slots.get(1);
                } else if (passive(slotHead) && p.target() == EventPattern.TargetSlot.OBJECT) {
                    sources = g.actorsAt(agents(slotHead));
                    targets = targetActors(g.children(slotHead, "nsubj:pass"), p, slotHead);
                } else {
                    sources = g.subjectActors(v);
                    if (sources.isEmpty() && g.isPassive(v)) {
                        // "sanctions were imposed on Gondor by Arnor"
                        sources = g.actorsAt(agents(v));
                    } else if (sources.isEmpty()) {
                        // a subject naming no actor stands for its owner: "union leaders", "Russian hackers"
                        sources = ContextMatcher.owners(g, g.subjects(v));
                    }
                    List<Integer> targetTokens = targetTokens(p, slotHead, object);
                    if (p.targetOnHead() && predicate != v) {
                        // "demand that Gondor withdraw", "appeal to Gondor to free": the clause's own subject
                        targetTokens.addAll(g.childrenExactly(predicate, "nsubj"));
                    }
                    targets = targetActors(targetTokens, p, slotHead);
                }
                if (emit(p, v, object, sources, targets)) {
                    if (context != PatternContext.NONE && options.scope() != CodingScope.ALL) {
                        consumeComplements(v);
                        consumeTargetClauses(v, targets);
                    }
                    if (object != null) {
                        consume(object);
                        nounSources.put(object, sources);
                    }
                    if (predicate != v) {
                        consume(predicate);
                    }
                    return;
                }
            }
        }

        /** A pattern to try on a verb, read at token {@code at}: the verb itself or a modal helping it. */
        private record Candidate(EventPattern pattern, int at) {
        }

        /**
         * The patterns of verb {@code v}, with those of a modal helping it that may head a pattern
         * ({@link PatternContext#anyWordHead}): "Gondor should apply ..." tries the patterns of "should" and of
         * "apply" together, most specific first, the verb's own first among equals; and those of the word after it
         * when the two are a multi-word verb the tagger split ({@link SplitVerbs}: "wire tap").
         */
        private List<Candidate> candidates(int v) {
            List<Candidate> out = new ArrayList<>();
            for (EventPattern p : patterns(v, false)) {
                out.add(new Candidate(p, v));
            }
            for (int m : g.sentence().childrenOf(v).stream().filter(d -> d.relation().equals("aux"))
                    .map(Dependency::dependent).toList()) {
                if (g.token(m).pos().equals("MD")) {
                    for (EventPattern p : patterns(m, false)) {
                        if (p.context().anyWordHead()) {
                            out.add(new Candidate(p, m));
                        }
                    }
                }
            }
            // "will not wire tap the links": the tagger split the multi-word verb WIRE_+TAP, "tap" read as a noun
            int split = SplitVerbs.headAfter(g.sentence(), v);
            if (split >= 0) {
                for (EventPattern p : patterns(split, false)) {
                    if (SplitVerbs.joinedBeforeHead(p.context())) {
                        out.add(new Candidate(p, split));
                    }
                }
            }
            out.sort((a, b) -> MOST_SPECIFIC.compare(a.pattern(), b.pattern()));
            return out;
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
            for (EventPattern p : patterns(w, false)) {
                if (p.context().anyWordHead()) {
                    candidates.add(p);
                }
            }
            if (candidates.isEmpty() || hasArticle(w)
                    || (options.scope() != CodingScope.ALL && insideCodedPhrase(w))) {
                return;
            }
            if (modalClause(w) != w) {
                return; // tried with the patterns of the verb it helps
            }
            for (EventPattern p : candidates) {
                PatternContext context = p.context();
                if (!ContextMatcher.admits(g, w, context)) {
                    continue;
                }
                if (context.effect() == PatternContext.Effect.DISCARD) {
                    discarded = true;
                    return;
                }
                if (context.effect() == PatternContext.Effect.NULL) {
                    return;
                }
                List<List<ActorMention>> slots = nominalSlots(p, w);
                if (emit(p, w, null, slots.get(0), slots.get(1))) {
                    return;
                }
            }
        }

        /** The verb a modal helps ("should" in "should apply"), or {@code w} itself. */
        private int modalClause(int w) {
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
        private boolean hasArticle(int w) {
            return w > 0 && ARTICLES.contains(g.token(w - 1).word().toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * Whether a head above {@code w} has already coded an event: a word read as an event only because the
         * dictionary lists it is a fallback for a sentence part no verb above it codes ("Eriador hoped that ...
         * by its resumption of ties": the hope is the event).
         */
        private boolean insideCodedPhrase(int w) {
            int current = w;
            for (int steps = 0; steps < 12; steps++) {
                var up = g.sentence().headOf(current);
                if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                    return false;
                }
                current = up.get().governor();
                if (codedHeads.contains(current)) {
                    return true;
                }
            }
            return false;
        }

        /** Source and target of a compiled pattern read on a word that is not a verb (see matchWordHead). */
        private List<List<ActorMention>> nominalSlots(EventPattern p, int w) {
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

        /**
         * Whether verb {@code v} has the particle: as {@code compound:prt}, or fused by the parser into a two-word
         * preposition ("pulled out of Osgiliath" gives {@code obl:out_of}), or, after an object that separates it
         * from the verb, taken for an adverb ("shot two drones down" gives {@code advmod} down).
         */
        private boolean hasParticle(int v, String particle) {
            if (g.children(v, "compound:prt").stream().anyMatch(t -> g.is(t, particle))) {
                return true;
            }
            List<Integer> objects = g.children(v, "obj");
            if (!objects.isEmpty() && g.children(v, "advmod").stream()
                    .anyMatch(t -> g.is(t, particle) && objects.stream().allMatch(o -> o < t))) {
                return true;
            }
            return g.sentence().enhancedChildrenOf(v).stream()
                    .anyMatch(d -> d.relation().startsWith("obl:" + particle + "_"));
        }

        /** The {@code obl} relations a preposition of the pattern may take: "of", or "out_of" after particle "out". */
        private List<Integer> oblChildren(int v, EventPattern p, String prep) {
            List<Integer> out = new ArrayList<>(g.childrenExactly(v, "obl:" + prep));
            if (!p.particle().isEmpty()) {
                out.addAll(g.childrenExactly(v, "obl:" + p.particle() + "_" + prep));
            }
            return out;
        }

        /**
         * The actors standing at the target tokens; where a token names none, the actor that owns it: its possessor
         * or an actor compound ("condemned Gondor's decision", "expelled two Gondor diplomats"); not for a
         * {@code direct} pattern. Failing those, the country of a place ({@link PlaceTargets}), or the doer of an
         * earlier event the word refers back to ({@link EventAntecedents}: "condemned the strikes").
         */
        private List<ActorMention> targetActors(List<Integer> tokens, EventPattern p, int head) {
            boolean direct = p.direct();
            List<ActorMention> out = new ArrayList<>();
            for (int t : tokens) {
                List<ActorMention> here = PlaceTargets.struck(g.actorsAt(t), p.code(), articleDate);
                if (here.isEmpty() && !direct) {
                    here = g.actorsAt(g.childrenExactly(t, "nmod:poss"));
                }
                if (here.isEmpty() && !direct) {
                    here = g.actorsAt(g.childrenExactly(t, "compound"));
                }
                if (here.isEmpty() && !direct) {
                    here = g.actorsAt(g.childrenExactly(t, "amod"));
                }
                if (here.isEmpty() && direct) {
                    here = g.placesAt(t);
                } else if (here.isEmpty()) {
                    // an act of force hits the place of its thing first; any other act on an earlier event is on
                    // that event's doer before the place it happened in ("condemned the attack in Kharkiv")
                    boolean force = PlaceTargets.materialConflict(p.code());
                    here = force ? PlaceTargets.of(g, t, head, p.code(), articleDate) : antecedentOf(t);
                    if (here.isEmpty()) {
                        here = force ? antecedentOf(t) : PlaceTargets.of(g, t, head, p.code(), articleDate);
                    }
                }
                for (ActorMention m : here) {
                    if (!out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            return out;
        }

        /** The doer of the earlier event that target word {@code t} refers to ({@link EventAntecedents}). */
        private List<ActorMention> antecedentOf(int t) {
            return antecedents.of(g, t, patterns(t, true).stream().map(EventPattern::code).toList());
        }

        /**
         * With a double object the word after the target is the direct object and the target the indirect one:
         * "give *T ultimatum" matches "gave Gondor an ultimatum" (and "granted Aragorn asylum", which the parser
         * reads as the compound "Aragorn asylum": the target then falls back to the object's owner).
         */
        private Integer secondObject(int v, EventPattern p) {
            if (!p.targetOnHead() || p.target() != EventPattern.TargetSlot.OBJECT || !p.object().isEmpty()) {
                return null;
            }
            for (int o : g.childrenExactly(v, "obj")) {
                if (g.is(o, p.complement())) {
                    return o;
                }
            }
            return null;
        }

        /**
         * The infinitive complements below a verb a compiled pattern coded ("called on Gondor to be allowed to leave
         * Lorien"): PETRARCH and TABARI code a verb phrase once, by its highest coded verb.
         */
        private void consumeComplements(int v) {
            for (int c : g.childrenExactly(v, "xcomp")) {
                if (g.token(c).isVerb() && !consumedVerbs.contains(c)) {
                    consumedVerbs.add(c);
                    consumeComplements(c);
                }
            }
        }

        /**
         * A clause below {@code v} whose subject the pattern took as its target is part of the coded phrase, not an
         * event of its own: "Elrond brushed aside reports that Calimehtar attacked Gandalf" is Elrond's dismissal
         * of Calimehtar, not also Calimehtar's attack (as PETRARCH and TABARI code one phrase once).
         */
        private void consumeTargetClauses(int v, List<ActorMention> targets) {
            for (ActorMention t : targets) {
                var up = g.sentence().headOf(t.headToken());
                if (up.isEmpty() || !up.get().baseRelation().equals("nsubj")) {
                    continue;
                }
                int clause = up.get().governor();
                if (clause != v && g.token(clause).isVerb() && g.sentence().dominates(v, clause)) {
                    consumedVerbs.add(clause);
                }
            }
        }

        /** A word a pattern used as its complement or object is not coded again on its own. */
        private void consume(int token) {
            if (g.token(token).isVerb()) {
                consumedVerbs.add(token);
            } else {
                consumedNouns.add(token);
            }
        }

        /**
         * Source and target of a pattern compiled from a PETRARCH or TABARI dictionary. The source is the subject
         * (in the passive, the {@code by} phrase), or an actor in the head's phrase ({@code FROM $}); the target is
         * the direct object, the subject ({@code + *}), or the nearest actor in the head's phrase, behind a given
         * preposition ({@code WITH +}). A passive head with the default slots swaps them: the subject is the target,
         * the {@code by} phrase the source, and without a {@code by} phrase there is no source.
         */
        private List<List<ActorMention>> compiledSlots(EventPattern p, int v, int at) {
            PatternContext c = p.context();
            boolean passive = passive(v);
            List<ActorMention> parsed = ContextMatcher.subject(g, v);
            List<ActorMention> subject = parsed.isEmpty() && at != v ? actorRightBefore(at) : parsed;
            List<ActorMention> sources;
            List<ActorMention> targets;
            if (c.source() == PatternContext.SourceSlot.PHRASE) {
                sources = ContextMatcher.phraseActors(g, v, c.sourcePreposition(), c.sourceSkip(), c.after(),
                        List.of());
            } else if (p.target() == EventPattern.TargetSlot.SUBJECT) {
                // "+ *" without "$": the by phrase of a passive, else the subject of the verb above ("noted + *")
                sources = g.actorsAt(agents(v));
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
                sources = g.actorsAt(agents(v));
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

        /**
         * What the pattern's {@code to W} names under {@code v}: an infinitive complement ("threatened to attack"),
         * the noun or adjective of a small clause ("held Gondor responsible"), or a noun object of {@code to}
         * ("agreed to talks"). When the target comes first, the complement may also be a clause with its own subject
         * ("demanded that Gondor withdraw", "appealed to Gondor to free").
         */
        private Integer complementOf(int v, EventPattern p) {
            for (int c : g.childrenExactly(v, "xcomp")) {
                // a verb, or the noun or adjective of a small clause ("held Gondor responsible")
                if (g.is(c, p.complement())) {
                    return c;
                }
            }
            List<Integer> clauses = new ArrayList<>();
            if (p.targetOnHead()) {
                clauses.addAll(g.childrenExactly(v, "ccomp"));
                clauses.addAll(g.children(v, "advcl"));
            }
            for (int c : clauses) {
                if (g.token(c).isVerb() && g.is(c, p.complement())) {
                    return c;
                }
            }
            for (int o : g.childrenExactly(v, "obl:to")) {
                if (g.token(o).isNoun() && g.is(o, p.complement())) {
                    return o;
                }
            }
            return null;
        }

        private void matchNoun(int n) {
            for (EventPattern p : patterns(n, true)) {
                if (!hasModifiers(n, p.headModifiers())) {
                    continue;
                }
                List<ActorMention> targets = targetActors(targetTokens(p, n, null), p, n);
                List<ActorMention> sources = nounSources(n, targets);
                if (emit(p, n, null, sources, targets)) {
                    return;
                }
            }
        }

        /**
         * The object token of {@code v} the pattern asks for: a direct object (or, in the passive, the subject:
         * "talks were held"), or the object of the pattern's object preposition; it must carry the pattern's
         * modifiers.
         */
        private Integer objectOf(int v, EventPattern p) {
            List<Integer> candidates = new ArrayList<>();
            if (p.objectPreposition().isEmpty()) {
                candidates.addAll(g.children(v, "obj"));
                candidates.addAll(g.children(v, "nsubj:pass"));
            } else {
                candidates.addAll(oblChildren(v, p, p.objectPreposition()));
                // the preposition taken for a particle: "handed over the prisoners" as hand+over, obj
                if (hasParticle(v, p.objectPreposition())) {
                    candidates.addAll(g.children(v, "obj"));
                }
                // after a target object the parser often hangs the phrase on the target: "investigate Gondor for
                // war crimes" as nmod:for(Gondor, crimes)
                if (p.targetOnHead() && p.target() == EventPattern.TargetSlot.OBJECT) {
                    List<Integer> targets = new ArrayList<>(g.childrenExactly(v, "obj"));
                    targets.addAll(g.children(v, "nsubj:pass"));
                    for (int t : targets) {
                        candidates.addAll(g.childrenExactly(t, "nmod:" + p.objectPreposition()));
                    }
                }
                // a gerund: "accused Gondor of spying"
                candidates.addAll(g.childrenExactly(v, "advcl:" + p.objectPreposition()));
            }
            for (int o : candidates) {
                if (g.is(o, p.object()) && hasModifiers(o, p.objectModifiers())) {
                    return o;
                }
            }
            // a noun that counts the object stands for it: "held a new round of talks", "a series of air strikes";
            // so does a sum of money given in it: "pledged $50 million in aid to Sudan"
            for (int o : candidates) {
                String inside = PARTITIVE_NOUNS.stream().anyMatch(w -> g.is(o, w)) ? "nmod:of"
                        : g.token(o).ner().equals("MONEY") ? "nmod:in" : null;
                if (inside == null) {
                    continue;
                }
                for (int inner : g.childrenExactly(o, inside)) {
                    if (g.is(inner, p.object()) && hasModifiers(inner, p.objectModifiers())) {
                        return inner;
                    }
                }
            }
            return null;
        }

        /**
         * Whether every modifier word stands among the noun's {@code amod} and {@code compound} modifiers, directly
         * or nested ("war crimes investigation": war modifies crimes, which modifies investigation).
         */
        private boolean hasModifiers(int noun, List<String> modifiers) {
            if (modifiers.isEmpty()) {
                return true;
            }
            List<Integer> found = new ArrayList<>();
            List<Integer> frontier = List.of(noun);
            for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
                List<Integer> next = new ArrayList<>();
                for (int t : frontier) {
                    next.addAll(g.children(t, "amod"));
                    next.addAll(g.children(t, "compound"));
                }
                found.addAll(next);
                frontier = next;
            }
            for (String m : modifiers) {
                if (found.stream().noneMatch(t -> g.is(t, m))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether verb {@code v} is read as passive: by its form, or, with {@link CodingOptions#passiveNeedsBy}, only
         * with a {@code by} phrase.
         */
        private boolean passive(int v) {
            return g.isPassive(v) && (!options.passiveNeedsBy() || !agents(v).isEmpty());
        }

        private List<Integer> agents(int v) {
            List<Integer> out = new ArrayList<>(g.childrenExactly(v, "obl:agent"));
            out.addAll(g.childrenExactly(v, "obl:by"));
            return out;
        }

        private List<Integer> targetTokens(EventPattern p, int head, Integer object) {
            List<Integer> out = new ArrayList<>();
            switch (p.target()) {
                case OBJECT -> {
                    out.addAll(g.childrenExactly(head, "obj"));
                    out.addAll(g.childrenExactly(head, "iobj"));
                    var edge = g.headEdge(head);
                    if (out.isEmpty() && edge != null && edge.baseRelation().equals("conj")
                            && g.token(edge.governor()).isVerb()) {
                        // a shared object: "kidnapped and killed Aragorn" hangs Aragorn on "kidnapped" only
                        out.addAll(g.childrenExactly(edge.governor(), "obj"));
                    }
                }
                case PREPOSITION -> {
                    String prep = p.preposition();
                    out.addAll(p.nominal() ? g.childrenExactly(head, "obl:" + prep) : oblChildren(head, p, prep));
                    out.addAll(g.childrenExactly(head, "nmod:" + prep));
                    // the parser often takes the preposition for a particle: "called on Gondor" as call+on, obj
                    if (g.children(head, "compound:prt").stream().anyMatch(t -> g.is(t, prep))) {
                        out.addAll(g.childrenExactly(head, "obj"));
                    }
                    if (object != null) {
                        out.addAll(g.childrenExactly(object, "nmod:" + prep));
                    }
                }
                case POSSESSOR -> {
                    if (object != null) {
                        out.addAll(g.childrenExactly(object, "nmod:poss"));
                        // "Gondor diplomats" as well as "Gondor's diplomats"
                        out.addAll(g.childrenExactly(object, "compound"));
                    }
                }
                case NONE -> {
                }
            }
            return out;
        }

        /** Who does a nominal event: possessor, by-phrase, actor modifier, light verb's subject, or enclosing event. */
        private List<ActorMention> nounSources(int n, List<ActorMention> targets) {
            List<ActorMention> found = g.actorsAt(g.childrenExactly(n, "nmod:poss"));
            if (found.isEmpty()) {
                found = g.actorsAt(g.childrenExactly(n, "nmod:by"));
            }
            if (found.isEmpty()) {
                List<Integer> modifiers = new ArrayList<>(g.childrenExactly(n, "compound"));
                modifiers.addAll(g.childrenExactly(n, "amod"));
                found = g.actorsAt(modifiers);
                found.removeAll(targets);
            }
            if (!found.isEmpty()) {
                nounSources.put(n, found);
                return found;
            }
            var head = g.headEdge(n);
            if (head == null) {
                return List.of();
            }
            int h = head.governor();
            if ((head.relation().equals("obj") || head.relation().equals("nsubj:pass")) && g.token(h).isVerb()
                    && LightVerbs.contains(g.token(h).lemma())) {
                found = g.subjectActors(h);
            } else if (head.baseRelation().equals("nmod") && nounSources.containsKey(h)
                    && !NOT_PART_OF.contains(head.relation().substring("nmod".length()).replace(":", ""))) {
                // "visit ... for talks with Xi": the talks are the visitor's; not so what a protest or complaint
                // is about ("protest over the detention of a citizen": the detention is the other side's), nor an
                // act beside it in time ("thanked Japan for their support during a visit")
                found = nounSources.get(h);
            }
            if (!found.isEmpty()) {
                nounSources.put(n, found);
            }
            return found;
        }

        /** Emits one event per (source, target) pair; a symmetric pattern pairs a group with itself. */
        private boolean emit(EventPattern p, int head, Integer object, List<ActorMention> sources,
                             List<ActorMention> targets) {
            if (p.armed()) {
                sources = sources.stream().filter(this::armed).toList();
            }
            if (sources.isEmpty() && options.sourceReach() == DefaultReach.EITHER_SIDE && !targets.isEmpty()) {
                sources = targets.subList(0, 1);
                targets = targets.subList(1, targets.size());
            } else if (targets.isEmpty() && options.targetReach() == DefaultReach.EITHER_SIDE && sources.size() > 1) {
                targets = sources.subList(1, sources.size());
                sources = sources.subList(0, 1);
            }
            if (sources.isEmpty() && options.defaultSource().isPresent()) {
                sources = List.of(defaultActor(head, options.defaultSource().get()));
            }
            if (targets.isEmpty() && options.defaultTarget().isPresent()) {
                targets = List.of(defaultActor(head, options.defaultTarget().get()));
            }
            List<ActorMention[]> pairs = new ArrayList<>();
            for (ActorMention s : sources) {
                for (ActorMention t : targets) {
                    if (distinct(s, t)) {
                        pairs.add(new ActorMention[] {s, t});
                    }
                }
            }
            if (pairs.isEmpty() && p.symmetric()) {
                List<ActorMention> group = sources.size() >= 2 ? sources : targets;
                // a group's members come in no order: with a reverse code of its own ([044:045]) every member
                // takes each side once, so both codes go both ways
                String back = p.context().reverseCode();
                boolean ordered = !back.isEmpty() && !back.equals(p.code()) && !p.context().reverseOnly();
                for (int i = 0; i < group.size(); i++) {
                    for (int j = ordered ? 0 : i + 1; j < group.size(); j++) {
                        if (i != j && distinct(group.get(i), group.get(j))) {
                            pairs.add(new ActorMention[] {group.get(i), group.get(j)});
                        }
                    }
                }
            }
            if (pairs.isEmpty()) {
                boolean sourceMissing = sources.isEmpty();
                if (!options.requireDyad() && sourceMissing != targets.isEmpty()
                        && OneSidedEvents.unidentified(g, head, sourceMissing)) {
                    List<ActorMention> side = sourceMissing ? targets : sources;
                    oneSided.putIfAbsent(head, () -> emitOneSided(p, head, object, side, sourceMissing));
                }
                return false;
            }
            Span predicate = g.token(head).span();
            if (object != null) {
                predicate = predicate.union(g.token(object).span());
            }
            Location location = location(head, object, pairs);
            String reverse = p.context().reverseCode();
            for (ActorMention[] pair : pairs) {
                if (!p.context().reverseOnly()) {
                    add(p, p.code(), pair[0], pair[1], head, predicate, location);
                }
                if (!reverse.isEmpty()) {
                    add(p, reverse, pair[1], pair[0], head, predicate, location);
                }
            }
            return true;
        }

        /** Events of a match that found one side only: the other is no actor ({@link Actor#NONE}). */
        private void emitOneSided(EventPattern p, int head, Integer object, List<ActorMention> side,
                                  boolean sourceMissing) {
            ActorMention none = new ActorMention(g.sentence().index(), head, head + 1, head, "", g.token(head).span(),
                    MentionKind.ABSENT, List.of(ActorRole.always(Actor.NONE)), "options:no-require-dyad");
            List<ActorMention[]> pairs = new ArrayList<>();
            for (ActorMention m : side) {
                pairs.add(sourceMissing ? new ActorMention[] {none, m} : new ActorMention[] {m, none});
            }
            Span predicate = g.token(head).span();
            if (object != null) {
                predicate = predicate.union(g.token(object).span());
            }
            Location location = location(head, object, pairs);
            for (ActorMention[] pair : pairs) {
                if (!p.context().reverseOnly()) {
                    add(p, p.code(), pair[0], pair[1], head, predicate, location);
                }
                if (!p.context().reverseCode().isEmpty()) {
                    add(p, p.context().reverseCode(), pair[1], pair[0], head, predicate, location);
                }
            }
        }

        private void add(EventPattern p, String code, ActorMention source, ActorMention target, int head,
                         Span predicate, Location location) {
            // a compound reference is several mentions over the same words: the key names their codes too
            String key = source.span() + source.roles().get(0).actor().code() + "|" + target.span()
                    + target.roles().get(0).actor().code() + "|" + code + "|" + head;
            codedHeads.add(head);
            if (seen.add(key)) {
                events.add(new CodedEvent(g.sentence().index(), source, target, code, head, predicate,
                        p.id() + " " + p.text(), location));
            }
        }

        /** The default actor of the coding options, standing at the event's head word. */
        private ActorMention defaultActor(int head, Actor actor) {
            return new ActorMention(g.sentence().index(), head, head + 1, head, "", g.token(head).span(),
                    MentionKind.DEFAULT, List.of(ActorRole.always(actor)), "options:default " + actor.code());
        }

        /** Whether a mention is an armed actor on the article's date: one of its sectors is armed force. */
        private boolean armed(ActorMention m) {
            String sector = m.roleOn(articleDate).actor().sector();
            for (int i = 0; i + 3 <= sector.length(); i += 3) {
                if (EventPattern.ARMED_SECTORS.contains(sector.substring(i, i + 3))) {
                    return true;
                }
            }
            return false;
        }

        /** An actor does not act on itself: a pair needs two different codes. */
        private boolean distinct(ActorMention a, ActorMention b) {
            return !a.roleOn(articleDate).actor().equals(b.roleOn(articleDate).actor());
        }

        /** A place the predicate or its object is "in" or "at", unless that place is one of the participants. */
        private Location location(int head, Integer object, List<ActorMention[]> pairs) {
            List<Integer> places = new ArrayList<>();
            for (String prep : LOCATION_PREPOSITIONS) {
                places.addAll(g.childrenExactly(head, "obl:" + prep));
                places.addAll(g.childrenExactly(head, "nmod:" + prep));
                if (object != null) {
                    places.addAll(g.childrenExactly(object, "nmod:" + prep));
                }
            }
            for (int t : places) {
                List<ActorMention> here = new ArrayList<>(g.actorsAt(t));
                here.addAll(g.placesAt(t));
                for (ActorMention m : here) {
                    boolean participant = pairs.stream().anyMatch(pair -> pair[0] == m || pair[1] == m);
                    if (!participant && (m.kind() == MentionKind.CAPITAL || m.kind() == MentionKind.COUNTRY
                            || m.kind() == MentionKind.PLACE)) {
                        return new Location(m.text(), m.roleOn(articleDate).actor().country(), m.span());
                    }
                }
                if (g.token(t).ner().equals("LOCATION")) {
                    return new Location(g.token(t).word(), "", g.token(t).span());
                }
            }
            return null;
        }
    }
}
