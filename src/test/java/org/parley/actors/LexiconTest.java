package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

/** The trie of all dictionary words and its left-to-right longest-match scan, on the mini fixtures. */
class LexiconTest {
    private final Lexicon lexicon = new Lexicon(Fixtures.mini());

    private static Sentence sentence(String spec) {
        return Docs.on("2025-01-01").sentence(spec).build().sentences().get(0);
    }

    @Test
    void aWordAfterWordsAGapPassedOverMatchesInAnyCase() {
        Lexicon gapped = new Lexicon(TabariActorReader.read(
                Fixtures.text("HARAD TELEVISION_  [HARMED]", "HARAD_  [HAR]"),
                "gap.actors").dictionaries());
        LexMatch[] between = gapped.match(sentence("Harad/NNP official/JJ television/NN said/VBD"));
        assertEquals(3, between[0].end(), "a description with words between: 'television' in lower case");
        assertEquals("Harad television", between[0].organisation().orElseThrow().name(), "named after a place");
        Lexicon apart = new Lexicon(TabariActorReader.read(Fixtures.text("HARAD TELEVISION_  [HARMED]"), "gap.actors")
                .dictionaries().with(TabariActorReader.read(Fixtures.text("HARAD_  [HAR]"), "p.actors").dictionaries()));
        assertEquals(3, apart.match(sentence("Harad/NNP official/JJ television/NN said/VBD"))[0].end());
        LexMatch[] adjacent = apart.match(sentence("Harad/NNP television/NN said/VBD"));
        assertEquals(1, adjacent[0].end(), "next to each other the words are a name, and keep the case rule");
        assertTrue(adjacent[0].place(Lexeme.PlaceForm.NAME).isPresent());
        assertNull(gapped.match(sentence("harad/NN official/JJ television/NN said/VBD"))[0],
                "the first word keeps its case rule");
    }

    @Test
    void longestMatchWinsAndScanningResumesAfterIt() {
        LexMatch[] m = lexicon.match(sentence("South/JJ Korean/JJ officials/NNS met/VBD South/NNP Korea/NNP"));
        assertEquals(2, m[0].end());
        assertTrue(m[0].place(Lexeme.PlaceForm.ADJECTIVE).isPresent());
        assertNull(m[1]);
        assertEquals("GOV", m[2].agent().orElseThrow().code(), "plural 'officials' of 'official'");
        assertTrue(m[4].place(Lexeme.PlaceForm.NAME).isPresent());
    }

    @Test
    void everyKindOfEntryIsFound() {
        LexMatch[] m = lexicon.match(sentence("UN/NNP president/NN Moon/NNP Jae-in/NNP in/IN Seoul/NNP and/CC Busan/NNP"));
        assertEquals("United Nations", m[0].organisation().orElseThrow().name());
        assertEquals(AgentKind.HEAD, m[1].agent().orElseThrow().kind());
        assertEquals("Moon Jae-in", m[2].person().orElseThrow().name());
        assertTrue(m[5].place(Lexeme.PlaceForm.CAPITAL).isPresent());
        assertTrue(m[7].place(Lexeme.PlaceForm.CITY).isPresent());
    }

    @Test
    void hyphenatedNamesAlsoMatchSplitAndJoined() {
        assertEquals("Moon Jae-in", lexicon.match(sentence("Moon/NNP Jae/NNP In/NNP"))[0].person().orElseThrow().name());
        assertEquals("Moon Jae-in", lexicon.match(sentence("Moon/NNP Jaein/NNP"))[0].person().orElseThrow().name());
        assertEquals(List.of("Moon Jae-in", "Moon Jae in", "Moon Jaein"), Lexicon.hyphenVariants("Moon Jae-in"));
    }

    @Test
    void aPhraseOfTwoOrThreeWordsAlsoMatchesAsOneHyphenatedWord() {
        Lexicon tabari = new Lexicon(TabariActorReader.read(Fixtures.text("AL_QAEDA_  [QAE]", "AL_SHABAAB_  [SHB]",
                "AL-SHABAAB_  [ASB]"), "h.actors").dictionaries());
        LexMatch[] m = tabari.match(sentence("Al-Qaeda/NNP and/CC Al/NNP Qaeda/NNP met/VBD Al-Shabaab/NNP"));
        assertEquals(1, m[0].end(), "one hyphenated token");
        assertEquals(4, m[2].end(), "the two words");
        assertEquals(m[2].lexemes(), m[0].lexemes(), "Al-Qaeda is AL_QAEDA_");
        assertEquals(1, m[5].lexemes().size(), "a hyphenated phrase the file defines itself wins alone");
        assertTrue(m[5].lexemes().get(0).toString().contains("ASB"), m[5].lexemes().toString());
        assertEquals("Al-Qaeda", Lexicon.hyphenJoined(List.of("Al", "Qaeda")).orElseThrow());
        assertTrue(Lexicon.hyphenJoined(List.of("Qaeda")).isEmpty(), "one word has nothing to join");
    }

    @Test
    void stemsOfATabariFileMatchLongerWordsAndWholeWordsDoNot() {
        Lexicon tabari = new Lexicon(TabariActorReader.read(Fixtures.text("ARGENTIN  [ARG]", "LIBYA_  [LBY]"),
                "t.actors").dictionaries());
        LexMatch[] m = tabari.match(sentence("Argentine/JJ troops/NNS left/VBD Libyan/JJ ports/NNS for/IN Libya/NNP"));
        assertEquals("ARG", m[0].place(Lexeme.PlaceForm.NAME).orElseThrow().country().code());
        assertNull(m[3], "LIBYA_ matches whole: not 'Libyan'");
        assertEquals("LBY", m[6].place(Lexeme.PlaceForm.NAME).orElseThrow().country().code());
        assertNull(tabari.match(sentence("argentine/JJ wine/NN"))[0], "a capitalized stem needs a capital");
        Lexicon petrarch = new Lexicon(PetrarchActorReader.read(Fixtures.text("ARGENTIN  [ARG]"), "p.actors")
                .dictionaries());
        assertNull(petrarch.match(sentence("Argentine/JJ troops/NNS"))[0], "PETRARCH phrases match whole words");
    }

    @Test
    void aBlankInAPhraseLetsOtherWordsStandBetween() {
        Lexicon tabari = new Lexicon(TabariActorReader.read(Fixtures.text("HARAD TELEVISION_  [HARMED]",
                "WHITE_COUNCIL_  [WCO]"), "t.actors").dictionaries());
        LexMatch[] m = tabari.match(sentence("Harad/NNP State/NNP Television/NNP said/VBD"));
        assertEquals(3, m[0].end(), "one word between");
        assertEquals("Harad Television", m[0].organisation().orElseThrow().name());
        assertNull(tabari.match(sentence("Harad/NNP ,/, Television/NNP"))[0], "not across a comma");
        assertNull(tabari.match(sentence("harad/NN State/NNP Television/NNP"))[0],
                "the first word keeps its case rule");
        assertEquals(3, tabari.match(sentence("Harad/NNP state/NN television/NN"))[0].end(),
                "a word after words the gap passed over may be in any case");
        assertNull(tabari.match(sentence("White/NNP new/JJ Council/NNP"))[0], "an underscore joins adjacent words");
        Lexicon petrarch = new Lexicon(PetrarchActorReader.read(Fixtures.text("HARAD TELEVISION  [HARMED]",
                "WHITE_COUNCIL  [WCO]"), "p.actors").dictionaries());
        assertEquals(3, petrarch.match(sentence("Harad/NNP state-run/JJ television/NN"))[0].end(),
                "PETRARCH's blank is a gap too");
        assertNull(petrarch.match(sentence("White/NNP new/JJ Council/NNP"))[0], "PETRARCH's underscore: adjacent");
    }

    @Test
    void caseMustFitTheDictionarySpelling() {
        assertNull(lexicon.match(sentence("un/FW ,/,"))[0], "UN is an acronym");
        assertNull(lexicon.match(sentence("china/NN plates/NNS"))[0], "China is capitalized");
        assertTrue(lexicon.match(sentence("PRESIDENT/NN"))[0].agent().isPresent(), "agent words match in any case");
    }

    @Test
    void aNameNeverRunsThroughAnAttachedPossessive() {
        LexMatch[] m = lexicon.match(sentence("South/NNP Korea's/NNP army/NN"));
        assertEquals(2, m[0].end(), "South Korea's, with the possessive inside the last token");
        assertEquals("MIL", m[2].agent().orElseThrow().code());
        assertNull(lexicon.match(sentence("Moon's/NNP Jae-in/NNP"))[0]);
    }

    @Test
    void theLexiconHoldsEveryForm() {
        assertTrue(lexicon.size() >= 20, "size " + lexicon.size());
        assertTrue(new Lexicon(ActorDictionaries.builtIn()).size() > 3000);
    }

    @Test
    void anEarlierLayerHidesEveryMeaningOfTheSameWordsInLaterLayers() {
        Organisation seoulClub = new Organisation("Seoul", List.of("Moon Jae In"),
                List.of(org.parley.model.ActorRole.always(org.parley.model.Actor.of("NGOKOR"))));
        ActorDictionaries user = ActorDictionaries.of(new CountryTable(List.of()),
                new OrganisationTable(List.of(seoulClub)),
                new AgentTable(List.of(new Agent("army", "REB", AgentKind.TITLE))), new PeopleTable(List.of()));
        Lexicon layered = new Lexicon(Fixtures.mini().with(user));
        LexMatch[] m = layered.match(sentence("Seoul/NNP army/NN Busan/NNP"));
        assertEquals("Seoul", m[0].organisation().orElseThrow().name());
        assertTrue(m[0].place(Lexeme.PlaceForm.CAPITAL).isEmpty(), "the built-in capital reading is hidden");
        assertEquals("REB", m[1].agent().orElseThrow().code(), "the user's agent word wins");
        assertTrue(m[2].place(Lexeme.PlaceForm.CITY).isPresent(), "words the user does not define keep their meaning");
        LexMatch moon = layered.match(sentence("Moon/NNP Jae-in/NNP"))[0];
        assertEquals("Moon Jae-in", moon.person().orElseThrow().name(), "other spellings of the person stay");
        assertTrue(layered.match(sentence("Moon/NNP Jae/NNP In/NNP"))[0].person().isEmpty(),
                "the spelling the user defines is the user's organisation");
        assertEquals(1, layered.people().stream().filter(p -> p.name().equals("Moon Jae-in")).count());
    }

    @Test
    void aLayerReadInAnyCaseMatchesItsPhrasesWhateverTheirCase() {
        ActorDictionaries tabari = TabariActorReader.read(Fixtures.text("ITHILEN  [ITH]", "TURKEY_  [TUR]"),
                "any.actors").dictionaries();
        Sentence lower = sentence("ithilen/JJ and/CC turkey/NN");
        assertNull(new Lexicon(tabari).match(lower)[0], "Parley's case rule by default");
        LexMatch[] any = new Lexicon(tabari.withAnyCase()).match(lower);
        assertEquals("ITH", any[0].place(Lexeme.PlaceForm.NAME).orElseThrow().country().code(), "a stem, in any case");
        assertEquals("TUR", any[2].place(Lexeme.PlaceForm.NAME).orElseThrow().country().code());
        assertNull(new Lexicon(Fixtures.mini().with(tabari.withAnyCase())).match(sentence("china/NN plates/NNS"))[0],
                "a layer after it keeps its own case rule");
    }
}
