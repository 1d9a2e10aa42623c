package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.MentionKind;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.testing.Articles;
import org.parley.testing.EventStrings;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Things a country owns through one of its sectors: its decisions are its government's, its positions its army's. */
class OwnedThingsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Gondorian", MentionKind.NATIONALITY, "GON")
            .add("Mordor", MentionKind.CAPITAL, "MORGOV").add("Arnor troops", "ARNMIL")
            .add("the Gondor defence ministry", MentionKind.ORGANISATION, "GONMIL");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    private static List<String> code(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        return EventStrings.of(CODER.code(doc, ACTORS.resolve(doc)));
    }

    private static Token word(String word, String lemma) {
        return new Token(0, word, lemma, "NNS", "O", new Span(0, word.length()));
    }

    @Test
    void aCountrysDecisionIsItsGovernments() {
        assertEquals(List.of("MORGOV>GONGOV:111"), code("Mordor criticised the Gondorian decision as provocative."));
        assertEquals(List.of("ARN>GONGOV:114"), code("Arnor raised concerns about Gondor's new restrictions on exports."));
        assertEquals(List.of("ARN>GONGOV:120"), code("Arnor rejected the Gondorian proposal on Monday."));
    }

    @Test
    void aCountrysPositionsAreItsArmysOnlyUnderAnActOfForce() {
        assertEquals(List.of("ARNMIL>GONMIL:190"), code("Arnor troops launched an assault on Gondorian positions."));
        assertEquals(List.of("ARN>GON:111"), code("Arnor criticised the Gondorian positions on trade."),
                "positions in talks are stances");
    }

    @Test
    void onlyABareCountryGainsTheSector() {
        assertEquals(List.of("ARN>MORGOV:111"), code("Arnor criticised Mordor's decision."),
                "a capital already names the government");
        assertEquals(List.of("ARN>GON:111"), code("Arnor criticised Gondor's elections."), "no sector owns elections");
    }

    @Test
    void sectorsByWordAndCode() {
        assertEquals("GOV", OwnedThings.sectorOf(word("bans", "ban"), "111"));
        assertEquals("MIL", OwnedThings.sectorOf(word("trenches", "trench"), "194"));
        assertEquals("", OwnedThings.sectorOf(word("trenches", "trench"), "111"));
        assertEquals("", OwnedThings.sectorOf(word("farms", "farm"), "194"));
    }
}
