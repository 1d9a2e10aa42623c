package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Location;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Span;

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
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "pay", "make", "conduct", "have", "begin", "start",
            "launch", "carry", "stage", "open", "resume", "continue", "undertake", "schedule", "plan", "announce",
            "host", "end", "complete", "wrap", "use", "take", "mount", "lead");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at");

    private final PatternDictionary dictionary;

    public PatternEventCoder(PatternDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
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
            List<ActorMention> here = bySentence.getOrDefault(s.index(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            out.addAll(new SentenceMatcher(new SentenceGraph(s, here), articleDate).match());
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
        /** A discard pattern matched: the sentence codes nothing. */
        private boolean discarded;

        SentenceMatcher(SentenceGraph g, LocalDate articleDate) {
            this.g = g;
            this.articleDate = articleDate;
        }

        List<CodedEvent> match() {
            int n = g.sentence().tokens().size();
            for (int i = 0; i < n; i++) {
                if (g.token(i).isVerb()) {
                    matchVerb(i);
                }
            }
            for (int i = 0; i < n; i++) {
                if (g.token(i).isNoun() && !consumedNouns.contains(i)) {
                    matchNoun(i);
                }
            }
            if (discarded) {
                return List.of();
            }
            events.sort((a, b) -> Integer.compare(a.predicateToken(), b.predicateToken()));
            return events;
        }

        private List<EventPattern> patterns(int i, boolean nominal) {
            String lemma = g.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
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
            found.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
            return found;
        }

        private void matchVerb(int v) {
            if (consumedVerbs.contains(v)) {
                return;
            }
            for (EventPattern p : patterns(v, false)) {
                if (!p.particle().isEmpty() && g.children(v, "compound:prt").stream().noneMatch(t -> g.is(t, p.particle()))) {
                    continue;
                }
                PatternContext context = p.context();
                if (context != PatternContext.NONE) {
                    if (!ContextMatcher.admits(g, v, context)) {
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
                if (!p.complement().isEmpty()) {
                    Integer complement = complementOf(v, p.complement());
                    if (complement == null) {
                        continue;
                    }
                    predicate = complement;
                }
                Integer object = null;
                if (!p.object().isEmpty()) {
                    object = objectOf(predicate, p);
                    if (object == null) {
                        continue;
                    }
                }
                List<ActorMention> sources;
                List<ActorMention> targets;
                if (context != PatternContext.NONE) {
                    List<List<ActorMention>> slots = compiledSlots(p, v);
                    sources = slots.get(0);
                    targets = slots.get(1);
                } else if (g.isPassive(predicate) && p.target() == EventPattern.TargetSlot.OBJECT) {
                    sources = g.actorsAt(agents(predicate));
                    targets = g.actorsAt(g.children(predicate, "nsubj:pass"));
                } else {
                    sources = g.subjectActors(v);
                    targets = g.actorsAt(targetTokens(p, predicate, object));
                }
                if (emit(p, v, object, sources, targets)) {
                    if (object != null) {
                        consumedNouns.add(object);
                        nounSources.put(object, sources);
                    }
                    if (predicate != v) {
                        consumedVerbs.add(predicate);
                    }
                    return;
                }
            }
        }

        /**
         * Source and target of a pattern compiled from a PETRARCH or TABARI dictionary. The source is the subject
         * (in the passive, the {@code by} phrase), or an actor in the head's phrase ({@code FROM $}); the target is
         * the direct object, the subject ({@code + *}), or the nearest actor in the head's phrase, behind a given
         * preposition ({@code WITH +}). A passive head with the default slots swaps them: the subject is the target,
         * the {@code by} phrase the source, and without a {@code by} phrase there is no source.
         */
        private List<List<ActorMention>> compiledSlots(EventPattern p, int v) {
            PatternContext c = p.context();
            boolean passive = g.isPassive(v);
            List<ActorMention> subject = ContextMatcher.subject(g, v);
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
            } else if (passive) {
                sources = g.actorsAt(agents(v));
            } else {
                sources = subject;
            }
            boolean swapped = passive && c.source() == PatternContext.SourceSlot.SUBJECT;
            switch (p.target()) {
                case SUBJECT -> targets = subject;
                case OBJECT -> targets = swapped ? subject : objectActors(v);
                case PHRASE -> targets = swapped && p.preposition().isEmpty() && c.targetSkip().count() == 0 ? subject
                        : ContextMatcher.phraseActors(g, v, p.preposition(), c.targetSkip(), c.after(),
                        sources);
                default -> targets = List.of();
            }
            return List.of(sources, targets);
        }

        /** Actors at the direct object of {@code v}, or owning it ("accept Gondor's proposal"). */
        private List<ActorMention> objectActors(int v) {
            List<Integer> objects = g.childrenExactly(v, "obj");
            List<ActorMention> found = g.actorsAt(objects);
            return found.isEmpty() ? ContextMatcher.owners(g, objects) : found;
        }

        /** The infinitive complement of {@code v} whose lemma is {@code verb} ("threatened to attack"). */
        private Integer complementOf(int v, String verb) {
            for (int c : g.childrenExactly(v, "xcomp")) {
                if (g.is(c, verb)) {
                    return c;
                }
            }
            return null;
        }

        private void matchNoun(int n) {
            for (EventPattern p : patterns(n, true)) {
                List<ActorMention> targets = g.actorsAt(targetTokens(p, n, null));
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
                candidates.addAll(g.childrenExactly(v, "obl:" + p.objectPreposition()));
            }
            for (int o : candidates) {
                if (g.is(o, p.object()) && hasModifiers(o, p.objectModifiers())) {
                    return o;
                }
            }
            return null;
        }

        private boolean hasModifiers(int noun, List<String> modifiers) {
            for (String m : modifiers) {
                boolean found = false;
                for (int c : g.children(noun, "amod")) {
                    found |= g.is(c, m);
                }
                for (int c : g.children(noun, "compound")) {
                    found |= g.is(c, m);
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        private List<Integer> agents(int v) {
            List<Integer> out = new ArrayList<>(g.childrenExactly(v, "obl:agent"));
            out.addAll(g.childrenExactly(v, "obl:by"));
            return out;
        }

        private List<Integer> targetTokens(EventPattern p, int head, Integer object) {
            List<Integer> out = new ArrayList<>();
            switch (p.target()) {
                case OBJECT -> out.addAll(g.childrenExactly(head, "obj"));
                case PREPOSITION -> {
                    String prep = p.preposition();
                    out.addAll(g.childrenExactly(head, "obl:" + prep));
                    out.addAll(g.childrenExactly(head, "nmod:" + prep));
                    if (object != null) {
                        out.addAll(g.childrenExactly(object, "nmod:" + prep));
                    }
                }
                case POSSESSOR -> {
                    if (object != null) {
                        out.addAll(g.childrenExactly(object, "nmod:poss"));
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
                    && LIGHT_VERBS.contains(g.token(h).lemma().toLowerCase(java.util.Locale.ROOT))) {
                found = g.subjectActors(h);
            } else if (head.baseRelation().equals("nmod") && nounSources.containsKey(h)) {
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
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        if (distinct(group.get(i), group.get(j))) {
                            pairs.add(new ActorMention[] {group.get(i), group.get(j)});
                        }
                    }
                }
            }
            if (pairs.isEmpty()) {
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

        private void add(EventPattern p, String code, ActorMention source, ActorMention target, int head,
                         Span predicate, Location location) {
            // a compound reference is several mentions over the same words: the key names their codes too
            String key = source.span() + source.roles().get(0).actor().code() + "|" + target.span()
                    + target.roles().get(0).actor().code() + "|" + code + "|" + head;
            if (seen.add(key)) {
                events.add(new CodedEvent(g.sentence().index(), source, target, code, head, predicate,
                        p.id() + " " + p.text(), location));
            }
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
                for (ActorMention m : g.actorsAt(t)) {
                    boolean participant = pairs.stream().anyMatch(pair -> pair[0] == m || pair[1] == m);
                    if (!participant && (m.kind() == MentionKind.CAPITAL || m.kind() == MentionKind.COUNTRY)) {
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
