package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's only country for bare domestic sector words and titled unknown names, on hand-built articles. */
class ArticleCountryTest {

    @Test
    void bareSectorWordsTakeTheOnlyCountryOfTheArticle() {
        Resolved r = Resolved.of(Docs.on("2025-12-09")
                .sentence("Indian/JJ police/NNS fired/VBD tear/JJ gas/NN at/IN thousands/NNS of/IN farmers/NNS ./.")
                .sentence("Police/NNS said/VBD 120/CD protesters/NNS were/VBD detained/VBN ./.")
                .sentence("It/PRP rained/VBD ./.")
                .sentence("It/PRP snowed/VBD ./.")
                .sentence("Later/RB ,/, central/JJ government/NN was/VBD ready/JJ to/TO hold/VB talks/NNS ./."));
        assertEquals(List.of("INDAGR"), r.codes("farmers"));
        assertEquals(List.of("INDCOP"), r.codes("Police"));
        assertEquals(List.of("INDOPP"), r.codes("protesters"));
        assertEquals(List.of("INDGOV"), r.codes("government"));
        assertEquals("article-country:IND+AGR (farmers)", r.one("farmers").rule(), "marked in the provenance");
    }

    @Test
    void anArticleNamingTwoCountriesGivesNoDefault() {
        Resolved r = Resolved.of(Docs.on("2025-12-09")
                .sentence("Indian/JJ police/NNS fired/VBD at/IN farmers/NNS near/IN Lahore/NNP/LOCATION ./."));
        assertEquals(List.of(), r.codes("farmers"), "Lahore is a city of Pakistan: two countries");
    }

    @Test
    void anArticleNamingNoCountryGivesNoDefault() {
        Resolved r = Resolved.of(Docs.on("2025-12-09").sentence("Police/NNS fired/VBD at/IN farmers/NNS ./."));
        assertTrue(r.isEmpty(), r.texts().toString());
    }

    @Test
    void officialsExpertsAndCiviliansStayWithoutACountry() {
        Resolved r = Resolved.of(Docs.on("2025-12-09")
                .sentence("Officials/NNS ,/, analysts/NNS and/CC residents/NNS in/IN India/NNP/LOCATION said/VBD ./.")
                .sentence("The/DT embassy/NN and/CC a/DT delegation/NN left/VBD ./."));
        assertEquals(List.of(), r.codes("Officials"));
        assertEquals(List.of(), r.codes("analysts"));
        assertEquals(List.of(), r.codes("residents"));
        assertEquals(List.of(), r.codes("embassy"), "an embassy in a one-country article is often a foreign one");
        assertEquals(List.of(), r.codes("delegation"));
    }

    @Test
    void aQualifiedSectorWordTakesNothing() {
        Resolved r = Resolved.of(Docs.on("2025-12-09")
                .sentence("India/NNP/LOCATION said/VBD Kurdish/JJ fighters/NNS ,/, allied/JJ troops/NNS ,/, "
                        + "coalition/NN forces/NNS and/CC its/PRP$ rebels/NNS withdrew/VBD ./."));
        assertEquals(List.of(), r.codes("troops"), "allied");
        assertEquals(List.of(), r.codes("forces"), "a noun before it");
        assertEquals(List.of(), r.codes("rebels"), "a possessive before it");
    }

    @Test
    void weaponsNeverTakeTheArticleCountry() {
        Resolved r = Resolved.of(Docs.on("2025-11-17")
                .sentence("Drones/NNS struck/VBD Kharkiv/NNP/LOCATION ,/, Ukraine/NNP/LOCATION said/VBD ./."));
        assertEquals(List.of(), r.codes("Drones"));
    }

    @Test
    void aTitledUnknownNameIsAnOfficialOfTheArticleCountry() {
        Resolved r = Resolved.of(Docs.on("2025-12-09")
                .sentence("India/NNP/LOCATION said/VBD ./.")
                .sentence("Punjab/NNP/LOCATION Chief/NNP Minister/NNP Bhagwant/NNP/PERSON Mann/NNP/PERSON "
                        + "criticised/VBD the/DT police/NN ./."));
        assertEquals(List.of("INDGOV"), r.codes("Chief Minister Bhagwant Mann"));
        assertTrue(r.one("Chief Minister Bhagwant Mann").rule().startsWith("article-country:IND+GOV"));
    }

    @Test
    void aTitleWithoutANameTakesNothing() {
        Resolved r = Resolved.of(Docs.on("2025-12-09")
                .sentence("In/IN India/NNP/LOCATION ,/, the/DT minister/NN resigned/VBD ./."));
        assertEquals(List.of(), r.codes("minister"));
    }
}
