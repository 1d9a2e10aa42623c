package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.model.Location;
import org.parley.model.Span;

/** A location as GDELT's geography columns write it: country level with FIPS codes, or only words. */
class GdeltPlaceTest {
    private static Location at(String text, String country) {
        return new Location(text, country, new Span(0, text.length()));
    }

    @Test
    void aPlaceInAKnownCountryIsACountryLevelMatchWithItsFipsCode() {
        assertEquals(new GdeltPlace("1", "Germany", "GM"), GdeltPlace.of(at("Berlin", "DEU")));
        assertEquals(new GdeltPlace("1", "United Kingdom", "UK"), GdeltPlace.of(at("Britain", "GBR")));
        assertEquals(new GdeltPlace("1", "South Korea", "KS"), GdeltPlace.of(at("Seoul", "KOR")));
        assertEquals(new GdeltPlace("1", "China", "CH"), GdeltPlace.of(at("Beijing", "CHN")));
    }

    @Test
    void aCountryWithoutAFipsCodeKeepsItsNameAndLevel() {
        assertEquals(new GdeltPlace("1", "Palestine", ""), GdeltPlace.of(at("Ramallah", "PSE")));
    }

    @Test
    void aPlaceInNoKnownCountryKeepsOnlyItsWords() {
        assertEquals(new GdeltPlace("", "Geneva", ""), GdeltPlace.of(at("Geneva", "")));
        assertEquals(new GdeltPlace("", "Lakeside", ""), GdeltPlace.of(at("Lakeside", "XYZ")), "a code Parley lacks");
    }

    @Test
    void noLocationIsAllEmpty() {
        assertEquals(new GdeltPlace("", "", ""), GdeltPlace.of(null));
        assertThrows(NullPointerException.class, () -> new GdeltPlace(null, "", ""));
    }
}
