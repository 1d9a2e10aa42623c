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
import org.parley.model.CodedEvent;
import org.parley.model.Dependency;
import org.parley.model.Location;
import org.parley.model.MentionKind;
import org.parley.model.Span;

/**
 * The coded events of one sentence. Turns a match's sources and targets into events: one per (source, target) pair of
 * different actors, a symmetric pattern's group paired with itself, the default actors of the {@link CodingOptions}
 * for a missing side, once per pair and code; keeps aside the matches that found one side only, and at the end adds
 * those {@link OneSidedEvents} allows and keeps what the {@link CodingScope} allows ({@link ScopeFilter}).
 */
final class SentenceEvents {
    private final SentenceGraph g;
    private final CodingOptions options;
    private final LocalDate articleDate;
    private final List<CodedEvent> events = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** Head tokens whose pattern coded an event. */
    private final Set<Integer> codedHeads = new HashSet<>();
    /**
     * Without {@link CodingOptions#requireDyad}: per head, the most specific match that found one side only, coded
     * at the end if no pattern of that head found both ({@link OneSidedEvents} says which are kept).
     */
    private final Map<Integer, Runnable> oneSided = new LinkedHashMap<>();

    SentenceEvents(SentenceGraph g, CodingOptions options, LocalDate articleDate) {
        this.g = Objects.requireNonNull(g, "g");
        this.options = Objects.requireNonNull(options, "options");
        this.articleDate = articleDate;
    }

    /**
     * The sentence's events: those coded, then the one-sided ones no head with both sides covers, in text order of
     * their words, as far as the scope keeps them.
     */
    List<CodedEvent> result() {
        Set<Integer> twoSided = Set.copyOf(codedHeads);
        oneSided.forEach((head, emitter) -> {
            if (!twoSided.contains(head) && !OneSidedEvents.circumstance(g, head, twoSided)) {
                emitter.run();
            }
        });
        events.sort((a, b) -> Integer.compare(a.predicateToken(), b.predicateToken()));
        return ScopeFilter.keep(options.scope(), g.sentence(), events);
    }

    /**
     * Whether a head above {@code w} has already coded an event: a word read as an event only because the
     * dictionary lists it is a fallback for a sentence part no verb above it codes ("Eriador hoped that ...
     * by its resumption of ties": the hope is the event).
     */
    boolean insideCodedPhrase(int w) {
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

    /** Emits one event per (source, target) pair; a symmetric pattern pairs a group with itself. */
    boolean emit(EventPattern p, int head, Integer object, List<ActorMention> sources,
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
        Location location = EventLocations.of(g, articleDate, head, object, pairs);
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
        Location location = EventLocations.of(g, articleDate, head, object, pairs);
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
}
