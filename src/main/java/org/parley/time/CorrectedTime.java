package org.parley.time;

import java.util.Objects;
import org.parley.model.TimeExpression;

/**
 * A temporal expression with Parley's value next to SUTime's.
 *
 * @param expression the expression as the NLP stage found it (its {@code value} is SUTime's)
 * @param value      Parley's value as an interval, or null when the expression is not a calendar date
 * @param modifier   {@code EARLY}, {@code MID}, {@code LATE} or empty
 * @param reason     why Parley changed SUTime's value, or empty when it kept it
 * @param timeOfDay  the time-of-day part SUTime gave a corrected day ({@code T12:30}), kept in
 *                   {@link #valueText()}; empty when none
 */
public record CorrectedTime(TimeExpression expression, TimexValue value, String modifier, String reason,
                            String timeOfDay) {
    public CorrectedTime {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(timeOfDay, "timeOfDay");
    }

    /** An expression with no time-of-day part. */
    public CorrectedTime(TimeExpression expression, TimexValue value, String modifier, String reason) {
        this(expression, value, modifier, reason, "");
    }

    public boolean changed() {
        return !reason.isEmpty();
    }

    /** Parley's value as text (with SUTime's time of day when a corrected day had one), or empty. */
    public String valueText() {
        return value == null ? "" : value.value() + timeOfDay;
    }
}
