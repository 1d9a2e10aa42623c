package org.parley.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One compiled event pattern: a head word (verb, or noun for nominal events such as "visit to"), what must hang
 * from it, and where the target sits. The text format is documented in {@code docs/DICTIONARIES.md}.
 *
 * @param code        CAMEO code the pattern gives
 * @param head        lemma (or lower-case word) of the head
 * @param nominal     whether the head is a noun ("@visit to *T") rather than a verb
 * @param headModifiers words that must modify a nominal head ("@air strikes on *T"), possibly none
 * @param particle    phrasal-verb particle that must hang from the head ("call off"), or empty
 * @param complement  what {@code to} introduces after the head, or empty: the verb of an infinitive complement
 *                    ("threaten to attack") or the noun object of {@code to} ("agree to talks"); or the word of a
 *                    small clause after the target ("hold *T responsible"); the object and (unless
 *                    {@code targetOnHead}) the target are then read from the complement
 * @param object      lemma of the object noun that must hang from the head ("hold talks"), or empty
 * @param objectModifiers words that must modify the object ("hold strategic talks"), possibly none
 * @param objectPreposition preposition that introduces the object ("ask for aid from *T"), or empty for a direct object
 * @param preposition preposition that introduces the target, or empty
 * @param target      where the target sits
 * @param targetOnHead the target slot comes before the complement or object and is read from the head, not from
 *                    the complement: "urge *T to release" (and "demand that *T release"), "accuse *T of espionage"
 * @param symmetric   the event needs no target when its source is two or more actors ("the two sides met")
 * @param direct      the target word itself must name the actor: no falling back to the owner of a word that names
 *                    none ("received Gondor's letter" is not a visit by Gondor)
 * @param armed       only an armed actor is the source (an agent of armed force: {@link #ARMED_SECTORS}): "hit *T"
 *                    is an attack when missiles or troops hit, not when tariffs or a storm do
 * @param id          where the pattern was defined, e.g. {@code verbs.txt:120}
 * @param text        the pattern as written
 * @param context     what a pattern compiled from a PETRARCH or TABARI verb dictionary adds (other head forms, words
 *                    around the head, source slot, reverse code, null and discard codes); {@link PatternContext#NONE}
 *                    for Parley's own patterns
 */
public record EventPattern(String code, String head, boolean nominal, List<String> headModifiers, String particle,
                           String complement, String object, List<String> objectModifiers, String objectPreposition,
                           String preposition, TargetSlot target, boolean targetOnHead, boolean symmetric, boolean direct,
                           boolean armed, String id, String text, PatternContext context) {
    /** The CAMEO sectors of armed actors, for {@code armed} patterns: military, rebels, insurgents, separatists,
     * unidentified armed forces. */
    public static final java.util.Set<String> ARMED_SECTORS = java.util.Set.of("MIL", "REB", "INS", "SEP", "UAF");
    private static final Pattern CODE = org.parley.model.CameoCode.FOREIGN_CODE;
    /** The code of a pattern that matches and codes nothing ({@link PatternContext.Effect#NULL}, DISCARD). */
    public static final String NO_CODE = "---";

    /** Where a pattern finds its target. */
    public enum TargetSlot {
        /** the direct object of the head ("visit *T") */
        OBJECT,
        /** the object of a preposition on the head or on its object ("travel to *T", "hold talks with *T") */
        PREPOSITION,
        /** the possessor of the object ("seek *T's cooperation") */
        POSSESSOR,
        /** the pattern names no target: only symmetric patterns, whose source group supplies both sides */
        NONE,
        /** the head's subject is the target ({@code + *} in PETRARCH and TABARI patterns) */
        SUBJECT,
        /**
         * the nearest actor inside the head's phrase after the head, introduced by {@code preposition} when one is
         * given (the default target of PETRARCH and TABARI patterns, and their {@code PREP +})
         */
        PHRASE
    }

    /** A pattern of Parley's own format (no compiled context). */
    public EventPattern(String code, String head, boolean nominal, List<String> headModifiers, String particle,
                        String complement, String object, List<String> objectModifiers, String objectPreposition,
                        String preposition, TargetSlot target, boolean targetOnHead, boolean symmetric, boolean direct,
                        boolean armed, String id, String text) {
        this(code, head, nominal, headModifiers, particle, complement, object, objectModifiers, objectPreposition,
                preposition, target, targetOnHead, symmetric, direct, armed, id, text, PatternContext.NONE);
    }

    /** A pattern compiled from another dictionary format: no head modifiers, target read from the complement. */
    public EventPattern(String code, String head, boolean nominal, String particle, String complement, String object,
                        List<String> objectModifiers, String objectPreposition, String preposition, TargetSlot target,
                        boolean symmetric, String id, String text, PatternContext context) {
        this(code, head, nominal, List.of(), particle, complement, object, objectModifiers, objectPreposition,
                preposition, target, false, symmetric, false, false, id, text, context);
    }

    /** A plain pattern: no head modifiers, no compiled context. */
    public EventPattern(String code, String head, boolean nominal, String particle, String complement, String object,
                        List<String> objectModifiers, String objectPreposition, String preposition, TargetSlot target,
                        boolean symmetric, String id, String text) {
        this(code, head, nominal, particle, complement, object, objectModifiers, objectPreposition, preposition, target,
                symmetric, id, text, PatternContext.NONE);
    }

    public EventPattern {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(head, "head");
        headModifiers = List.copyOf(headModifiers);
        Objects.requireNonNull(particle, "particle");
        Objects.requireNonNull(complement, "complement");
        Objects.requireNonNull(object, "object");
        objectModifiers = List.copyOf(objectModifiers);
        Objects.requireNonNull(objectPreposition, "objectPreposition");
        Objects.requireNonNull(preposition, "preposition");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (code.equals(NO_CODE) != (context.effect() != PatternContext.Effect.EVENT)) {
            throw new IllegalArgumentException("only a null or discard pattern has the code " + NO_CODE);
        }
        if (!code.equals(NO_CODE) && !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "a code must be 2 to 4 digits (a dictionary's own code may add one letter), got '" + code + "'");
        }
        if (head.isBlank()) {
            throw new IllegalArgumentException("pattern needs a head word");
        }
        if (target == TargetSlot.PREPOSITION && preposition.isEmpty()) {
            throw new IllegalArgumentException("a prepositional target needs its preposition");
        }
        if (target == TargetSlot.POSSESSOR && object.isEmpty()) {
            throw new IllegalArgumentException("a possessor target needs the possessed object noun");
        }
        if (object.isEmpty() && (!objectModifiers.isEmpty() || !objectPreposition.isEmpty())) {
            throw new IllegalArgumentException("object modifiers or an object preposition need an object noun");
        }
        if (nominal && !complement.isEmpty()) {
            throw new IllegalArgumentException("a nominal pattern cannot take an infinitive complement");
        }
        if (nominal && !object.isEmpty()) {
            throw new IllegalArgumentException("a nominal pattern has no object: its target follows the noun");
        }
        if (!nominal && !headModifiers.isEmpty()) {
            throw new IllegalArgumentException("only a nominal head takes modifiers");
        }
        if (targetOnHead && (target == TargetSlot.NONE || target == TargetSlot.POSSESSOR
                || complement.isEmpty() && object.isEmpty())) {
            throw new IllegalArgumentException("only *T or PREP *T may come before a complement or object");
        }
        if (target == TargetSlot.NONE && !symmetric) {
            throw new IllegalArgumentException("a pattern without *T must be marked 'sym'");
        }
    }

    /** How specific the pattern is: more constraints win when several patterns match the same head. */
    public int specificity() {
        return (particle.isEmpty() ? 0 : 2) + (complement.isEmpty() ? 0 : 3) + (object.isEmpty() ? 0 : 2)
                + (objectPreposition.isEmpty() ? 0 : 1)
                + objectModifiers.size() + headModifiers.size() + (preposition.isEmpty() ? 0 : 1)
                + (target == TargetSlot.NONE ? 0 : 1) + (direct ? 1 : 0) + (armed ? 1 : 0) + context.specificity();
    }
}
