package org.parley.actors;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A FIPS 10-4 country code, as GDELT writes a place's country: two upper-case letters ({@code GM} Germany,
 * {@code UK} United Kingdom, {@code KS} South Korea). Not an ISO 3166 code; see {@link FipsCodes}.
 *
 * @param value the two letters
 */
public record FipsCode(String value) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    public FipsCode {
        Objects.requireNonNull(value, "value");
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("a FIPS 10-4 country code is two upper-case letters, got '" + value
                    + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
