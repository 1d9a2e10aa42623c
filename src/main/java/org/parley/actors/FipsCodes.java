package org.parley.actors;

import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parley's country codes (those of {@code countries.tsv}: ISO 3166-1 alpha-3, {@code KSV} for Kosovo) to FIPS 10-4
 * codes, read from {@code fips-10-4.tsv} (format in {@code docs/DICTIONARIES.md}). Immutable. A country may be
 * listed without a FIPS code where FIPS 10-4 has none for it as a whole (Palestine).
 */
public final class FipsCodes {
    /** The header line's columns. */
    public static final List<String> HEADER = List.of("code", "fips");

    private static final String RESOURCE = ActorDictionaries.RESOURCE_DIR + "fips-10-4.tsv";

    /** Loaded on first use. */
    private static final class BuiltIn {
        static final FipsCodes TABLE = parse(TsvReader.resource(RESOURCE, HEADER));
    }

    /** Every listed country code, in file order. */
    private final Set<String> countries;
    /** Country code to its FIPS code, for those that have one. */
    private final Map<String, FipsCode> byCountry;

    private FipsCodes(Set<String> countries, Map<String, FipsCode> byCountry) {
        this.countries = countries;
        this.byCountry = byCountry;
    }

    /** The table bundled with Parley. */
    public static FipsCodes builtIn() {
        return BuiltIn.TABLE;
    }

    /** Reads a table in the same format; {@code fileName} names it in errors. */
    public static FipsCodes read(InputStream in, String fileName) {
        return parse(TsvReader.read(in, fileName, HEADER));
    }

    private static FipsCodes parse(List<TsvRow> rows) {
        Set<String> countries = new LinkedHashSet<>();
        Map<String, FipsCode> byCountry = new HashMap<>();
        Map<FipsCode, String> seen = new HashMap<>();
        for (TsvRow row : rows) {
            String code = row.required(0, "code");
            if (!code.matches("[A-Z]{3}")) {
                throw row.error("country code must be three upper-case letters, got '" + code + "'");
            }
            String fips = row.fields().get(1);
            if (!countries.add(code)) {
                throw row.error("country code " + code + " is listed twice");
            }
            if (fips.isEmpty()) {
                continue;
            }
            FipsCode value;
            try {
                value = new FipsCode(fips);
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(row.file(), row.line(), e.getMessage(), e);
            }
            String previous = seen.putIfAbsent(value, code);
            if (previous != null) {
                throw row.error("FIPS code " + fips + " is already the code of " + previous);
            }
            byCountry.put(code, value);
        }
        return new FipsCodes(Collections.unmodifiableSet(countries), Map.copyOf(byCountry));
    }

    /** The FIPS 10-4 code of a country code, if the table gives one. */
    public Optional<FipsCode> of(String countryCode) {
        return Optional.ofNullable(byCountry.get(countryCode));
    }

    /** The country codes listed, with or without a FIPS code. */
    public Set<String> countries() {
        return countries;
    }
}
