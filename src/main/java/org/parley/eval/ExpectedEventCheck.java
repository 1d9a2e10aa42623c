package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Event;

/**
 * Checks coded events against expected events: an expected event is right when one coded event from one of its
 * sentences has acceptable actors (either order when symmetric), code, date, status and location. When none is,
 * the verdict names what the closest candidate got wrong.
 */
public final class ExpectedEventCheck {
    /** The verdict on one expected event. */
    public record Verdict(ExpectedEvent expected, boolean right, String detail) {
    }

    public List<Verdict> check(List<ExpectedEvent> expected, List<Event> events) {
        List<Verdict> out = new ArrayList<>();
        for (ExpectedEvent x : expected) {
            out.add(verdict(x, events));
        }
        return out;
    }

    private Verdict verdict(ExpectedEvent x, List<Event> events) {
        String best = "no event in sentence(s) " + x.sentences();
        int bestScore = -1;
        for (Event e : events) {
            if (!x.sentences().contains(e.sentence())) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            if (!actorsAndCode(x, e)) {
                wrong.add("actors/code " + e.source().code() + ">" + e.target().code() + " " + e.cameo().code());
            }
            if (!date(x, e)) {
                wrong.add("date " + describe(e));
            }
            if (!x.status().equals(e.status().label())) {
                wrong.add("status " + e.status().label());
            }
            if (x.location() != null && (e.location() == null || !x.location().equals(e.location().country()))) {
                wrong.add("location " + (e.location() == null ? "none" : e.location().country()));
            }
            String summary = "s" + e.sentence() + " " + e.source().code() + ">" + e.target().code() + " "
                    + e.cameo().code() + " " + describe(e) + " " + e.status().label();
            if (wrong.isEmpty()) {
                return new Verdict(x, true, summary);
            }
            int score = 4 - wrong.size();
            if (score > bestScore) {
                bestScore = score;
                best = "closest: " + summary + "; wrong: " + String.join(", ", wrong);
            }
        }
        return new Verdict(x, false, best);
    }

    private static boolean actorsAndCode(ExpectedEvent x, Event e) {
        return matches(x.reading(), x.symmetric(), e) || x.alternative() != null && matches(x.alternative(), x.symmetric(), e);
    }

    private static boolean matches(ExpectedEvent.Reading r, boolean symmetric, Event e) {
        if (!r.codes().contains(e.cameo().code())) {
            return false;
        }
        String s = e.source().code();
        String t = e.target().code();
        return r.sources().contains(s) && r.targets().contains(t)
                || symmetric && r.sources().contains(t) && r.targets().contains(s);
    }

    private static boolean date(ExpectedEvent x, Event e) {
        if (x.dateValue() != null) {
            return x.dateValue().equals(e.date().value());
        }
        if (x.after() != null && (e.date().start() == null || !e.date().start().isAfter(x.after()))) {
            return false;
        }
        return x.before() == null || e.date().end() != null && !e.date().end().isAfter(x.before());
    }

    private static String describe(Event e) {
        String v = e.date().value().isEmpty() ? "(" + e.date().start() + ".." + (e.date().end() == null ? "" : e.date().end()) + ")"
                : e.date().value();
        return e.date().modifier().isEmpty() ? v : e.date().modifier().toLowerCase(java.util.Locale.ROOT) + " " + v;
    }
}
