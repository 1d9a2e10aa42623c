package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.time.TimeFixtures.sentence;
import static org.parley.time.TimeFixtures.token;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Attribution;
import org.parley.model.Sentence;

class AttributionFinderTest {
    private final AttributionFinder finder = new AttributionFinder();

    private Optional<Attribution> find(String text, String predicate) {
        Sentence s = sentence(text);
        return finder.find(s, token(s, predicate));
    }

    @Test
    void subjectOfAReportingVerb() {
        Attribution a = find("Arnor attacked Gondor on Monday, officials said.", "attacked").orElseThrow();
        assertEquals("officials", a.text());
        assertEquals("say", a.cue());
    }

    @Test
    void accordingTo() {
        Attribution a = find("According to the foreign ministry, the two sides discussed trade.", "discussed").orElseThrow();
        assertEquals("the foreign ministry", a.text());
        assertEquals("according to", a.cue());
    }

    @Test
    void beliefs() {
        Attribution a = find("Experts believe Arnor will seek Gondor's assistance.", "seek").orElseThrow();
        assertEquals("Experts", a.text());
    }

    @Test
    void plainReportHasNone() {
        assertTrue(find("Arnor attacked Gondor on Monday.", "attacked").isEmpty());
    }
}
