package org.parley.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Corrects SUTime's value of an underspecified date ("in June", "on Tuesday", "next spring" is left alone) from
 * the sentence around it. SUTime resolves a bare month or weekday without looking at tense; news needs it: "since
 * taking office in June" (article of December) is the June before, "ahead of the November elections" (article of
 * December) the November after, "met on Tuesday" the Tuesday before.
 */
public final class TimexCorrector {
    enum Direction { PAST, FUTURE, NONE }

    private static final Pattern EXPLICIT = Pattern.compile(
            "(?i).*(\\b\\d{4}\\b|\\b(last|next|this|previous|coming|ago|yesterday|tomorrow|today)\\b).*");
    private static final Set<String> PAST_MARKERS = Set.of("since", "ago", "earlier", "previously", "former");
    private static final Set<String> FUTURE_WORDS = Set.of("upcoming", "planned", "scheduled", "slated",
            "forthcoming", "ahead", "due", "proposed", "expected", "coming", "next");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMY])");

    /** Corrects one expression of {@code sentence} against the article's date. */
    public CorrectedTime correct(Sentence sentence, TimeExpression expression, LocalDate articleDate) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(articleDate, "articleDate");
        String modifier = modifier(expression.text());
        Optional<CorrectedTime> anchored = anchoredDuration(sentence, expression, articleDate, modifier);
        if (anchored.isPresent()) {
            return anchored.get();
        }
        Optional<TimexValue> parsed = TimexValue.parse(datePart(expression.value()));
        if (parsed.isEmpty() || !"DATE".equals(expression.type()) && !"TIME".equals(expression.type())) {
            return new CorrectedTime(expression, parsed.orElse(null), modifier, "");
        }
        TimexValue value = parsed.get();
        if (EXPLICIT.matcher(expression.text()).matches()) {
            return new CorrectedTime(expression, value, modifier, "");
        }
        Direction direction = direction(sentence, expression);
        boolean weekday = isWeekdayOnly(expression.text());
        if (direction == Direction.PAST && value.start().isAfter(articleDate)) {
            TimexValue moved = weekday ? value.shiftWeeks(-1) : value.shiftYears(-1);
            return new CorrectedTime(expression, moved, modifier,
                    "past context: SUTime's " + value.value() + " is after the article's date",
                    timeOfDay(datePart(expression.value())));
        }
        if (direction == Direction.FUTURE && value.end().isBefore(articleDate)) {
            TimexValue moved = weekday ? value.shiftWeeks(1) : value.shiftYears(1);
            return new CorrectedTime(expression, moved, modifier,
                    "future context: SUTime's " + value.value() + " is before the article's date",
                    timeOfDay(datePart(expression.value())));
        }
        return new CorrectedTime(expression, value, modifier, "");
    }

    /**
     * The date of a value SUTime composed with {@code INTERSECT}: "several weeks late last year" is {@code 2025
     * INTERSECT PXW}, "the coldest months of winter" {@code 2025-WI INTERSECT P1M}; the first part that is a date
     * (the duration says how long within it, not when). Any other value is returned as it is.
     */
    static String datePart(String value) {
        if (value == null || !value.contains(" INTERSECT ")) {
            return value;
        }
        for (String part : value.split(" INTERSECT ")) {
            if (TimexValue.parse(part.strip()).isPresent()) {
                return part.strip();
            }
        }
        return value;
    }

    /** The time-of-day part of a TIMEX value ({@code T12:30} of {@code 1998-04-18T12:30}), or empty. */
    private static String timeOfDay(String value) {
        int t = value.indexOf('T');
        return t > 0 && value.length() > 10 && value.charAt(10) == 'T' ? value.substring(10) : "";
    }

    /**
     * "in two weeks", "in three months": SUTime leaves a duration; counted from the article's date in a clause that
     * is not in the past, it is a date of the unit's granularity.
     */
    private Optional<CorrectedTime> anchoredDuration(Sentence s, TimeExpression e, LocalDate articleDate,
                                                     String modifier) {
        java.util.regex.Matcher m = DURATION.matcher(e.value());
        if (!"DURATION".equals(e.type()) || !m.matches() || e.firstToken() == 0
                || !s.token(e.firstToken() - 1).word().equalsIgnoreCase("in") || direction(s, e) == Direction.PAST) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        LocalDate day = switch (m.group(2)) {
            case "D" -> articleDate.plusDays(n);
            case "W" -> articleDate.plusWeeks(n);
            case "M" -> articleDate.plusMonths(n);
            default -> articleDate.plusYears(n);
        };
        TimexValue value = switch (m.group(2)) {
            case "D" -> TimexValue.parse(day.toString()).orElseThrow();
            case "W" -> TimexValue.week(day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "M" -> TimexValue.parse(java.time.YearMonth.from(day).toString()).orElseThrow();
            default -> TimexValue.parse(String.valueOf(day.getYear())).orElseThrow();
        };
        return Optional.of(new CorrectedTime(e, value, modifier,
                "'in " + e.text() + "' counted from the article's date (SUTime gives the duration " + e.value() + ")"));
    }

    static String modifier(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(early|beginning of|start of)\\b.*")) {
            return "EARLY";
        }
        if (t.matches(".*\\b(mid|middle of)\\b.*") || t.startsWith("mid-")) {
            return "MID";
        }
        if (t.matches(".*\\b(late|end of)\\b.*")) {
            return "LATE";
        }
        return "";
    }

    private static boolean isWeekdayOnly(String text) {
        return text.toLowerCase(Locale.ROOT)
                .matches(".*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*")
                && !text.matches(".*\\d.*");
    }

    /**
     * Whether the expression sits in a past or future context: walks up the basic tree from the expression's head,
     * looking for markers ("since", "ahead of", "upcoming") and stopping at the first finite verb, whose tense or
     * auxiliaries decide.
     */
    Direction direction(Sentence s, TimeExpression e) {
        Direction near = nearbyMarker(s, e);
        if (near != Direction.NONE) {
            return near;
        }
        int current = headOf(s, e);
        for (int steps = 0; steps < 8 && current >= 0; steps++) {
            Token t = s.token(current);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(word) && !t.isVerb()) {
                return Direction.FUTURE;
            }
            for (Dependency d : s.childrenOf(current)) {
                String child = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                String rel = d.baseRelation();
                if ((rel.equals("case") || rel.equals("mark") || rel.equals("advmod")) && PAST_MARKERS.contains(child)) {
                    return Direction.PAST;
                }
                if ((rel.equals("amod") || rel.equals("advmod")) && FUTURE_WORDS.contains(child)) {
                    return Direction.FUTURE;
                }
            }
            if (t.isVerb()) {
                Direction tense = tense(s, current);
                if (tense != Direction.NONE) {
                    return tense;
                }
            }
            Optional<Dependency> head = s.headOf(current);
            current = head.isEmpty() ? -1 : head.get().governor();
        }
        return Direction.NONE;
    }

    /**
     * A marker in the few words before the expression, within its phrase: "since taking office in June" (the
     * parser may hang "in June" on another noun than "since" does), "ahead of the November elections".
     */
    private static Direction nearbyMarker(Sentence s, TimeExpression e) {
        for (int i = e.firstToken() - 1; i >= Math.max(0, e.firstToken() - 4); i--) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (PAST_MARKERS.contains(w)) {
                return Direction.PAST;
            }
            if (FUTURE_WORDS.contains(w) && !t.isVerb()) {
                return Direction.FUTURE;
            }
            boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
            if (finite || t.pos().equals(",") || t.pos().equals(":")) {
                break;
            }
        }
        return Direction.NONE;
    }

    /**
     * The tense a verb's form and auxiliaries give: past, future, or none (present, infinitive, participle). A past
     * participle with a subject of its own and no auxiliary is the tagger's slip for a past tense ("Russian forces
     * targeted Kharkiv" tagged VBN).
     */
    static Direction tense(Sentence s, int verb) {
        boolean perfect = false;
        boolean auxiliary = false;
        boolean activeSubject = false;
        for (Dependency d : s.childrenOf(verb)) {
            if (d.relation().equals("nsubj")) {
                activeSubject = true;
            }
            if (d.baseRelation().equals("cop")) {
                auxiliary = true;
            }
            if (!d.baseRelation().equals("aux")) {
                continue;
            }
            auxiliary = true;
            Token aux = s.token(d.dependent());
            String w = aux.word().toLowerCase(Locale.ROOT);
            if (FUTURE_AUX.contains(w)) {
                return Direction.FUTURE;
            }
            if (aux.lemma().equals("have")) {
                perfect = true;
            }
            if (aux.pos().equals("VBD")) {
                return Direction.PAST;
            }
        }
        String pos = s.token(verb).pos();
        if (pos.equals("VBD") || perfect && pos.equals("VBN") || pos.equals("VBN") && activeSubject && !auxiliary) {
            return Direction.PAST;
        }
        return Direction.NONE;
    }

    /** The token of the expression whose head lies outside it. */
    static int headOf(Sentence s, TimeExpression e) {
        for (int i = e.firstToken(); i < e.endToken(); i++) {
            Optional<Dependency> head = s.headOf(i);
            if (head.isEmpty() || head.get().governor() < e.firstToken() || head.get().governor() >= e.endToken()) {
                return i;
            }
        }
        return e.endToken() - 1;
    }
}
