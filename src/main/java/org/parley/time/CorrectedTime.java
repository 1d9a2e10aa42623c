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
 */
public record CorrectedTime(TimeExpression expression, TimexValue value, String modifier, String reason) {
    public CorrectedTime {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean changed() {
        return !reason.isEmpty();
    }

    /** Parley's value as text, or empty. */
    public String valueText() {
        return value == null ? "" : value.value();
    }
}
