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
    void aReportingClauseSetOffAfterTheEvent() {
        // the parser hangs "said" on "shelled" as parataxis here, not the other way round
        Attribution a = find("Arnor shelled Gondor on Sunday, the Gondorian defence ministry said.", "shelled")
                .orElseThrow();
        assertEquals("the Gondorian defence ministry", a.text());
        assertEquals("say", a.cue());
    }

    @Test
    void theSpeakerOfAReportedEvent() {
        Attribution a = find("The government of Rohan said Arnor attacked Gondor overnight.", "attacked").orElseThrow();
        assertEquals("The government of Rohan", a.text());
        assertEquals("say", a.cue());
    }

    @Test
    void whoDeniesIsWhoAsserts() {
        Attribution a = find("Arnor denied that its troops had attacked Gondor.", "attacked").orElseThrow();
        assertEquals("Arnor", a.text());
        assertEquals("deny", a.cue());
    }

    @Test
    void aReportingVerbWithItsOwnComplementAttributesNothingElse() {
        assertTrue(find("Arnor attacked Gondor; Rohan said it would send aid.", "attacked").isEmpty());
    }

    @Test
    void plainReportHasNone() {
        assertTrue(find("Arnor attacked Gondor on Monday.", "attacked").isEmpty());
    }
}
