package org.parley.export;

import java.util.Objects;
import java.util.Optional;
import org.parley.actors.Country;
import org.parley.actors.CountryTable;
import org.parley.actors.CountryTableReader;
import org.parley.actors.FipsCode;
import org.parley.actors.FipsCodes;
import org.parley.model.Location;

/**
 * A place as GDELT's {@code *Geo_Type}, {@code *Geo_FullName} and {@code *Geo_CountryCode} columns write it.
 * Parley places an event in a country (the country named, or the one whose capital is named), not at a point, so a
 * place it can put in a country is a country-level match (GDELT's type {@code 1}) named as the country, with the
 * country's FIPS 10-4 code. A place it cannot put in a country keeps its words with no type and no code.
 *
 * @param type        GDELT's geographic resolution ({@code 1} country), or empty
 * @param fullName    the country's name, or the place's words when it is in no known country
 * @param countryCode FIPS 10-4 code, or empty
 */
record GdeltPlace(String type, String fullName, String countryCode) {
    /** GDELT's {@code Geo_Type} of a match at the level of a country. */
    static final String COUNTRY = "1";

    private static final GdeltPlace NONE = new GdeltPlace("", "", "");

    GdeltPlace {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(countryCode, "countryCode");
    }

    /** The tables, loaded on first use. */
    private static final class Tables {
        static final CountryTable COUNTRIES = CountryTableReader.builtIn();
        static final FipsCodes FIPS = FipsCodes.builtIn();
    }

    /** Where an event happened, for GDELT; all empty when it has no location. */
    static GdeltPlace of(Location location) {
        if (location == null) {
            return NONE;
        }
        Optional<Country> country = Tables.COUNTRIES.byCode(location.country());
        if (country.isEmpty()) {
            return new GdeltPlace("", location.text(), "");
        }
        String fips = Tables.FIPS.of(country.get().code()).map(FipsCode::value).orElse("");
        return new GdeltPlace(COUNTRY, country.get().name(), fips);
    }
}
