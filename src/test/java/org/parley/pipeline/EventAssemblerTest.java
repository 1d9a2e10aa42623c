package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.events.CameoTable;
import org.parley.model.Attribution;
import org.parley.model.CodedEvent;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Granularity;
import org.parley.model.Location;
import org.parley.model.Participant;
import org.parley.model.Span;
import org.parley.model.Status;
import org.parley.model.Timing;
import org.parley.testing.MoonDocument;

class EventAssemblerTest {
    private static final String DICTIONARIES = "test-dict-7";

    private final CameoTable cameo = MoonDocument.cameo();
    private final EventAssembler assembler = new EventAssembler(cameo, DICTIONARIES);
    private final MoonDocument moon = MoonDocument.titled();

    private static Timing occurred(EventDate date) {
        return new Timing(date, Status.OCCURRED, "past tense", null, false);
    }

    private Event visitOn(EventDate date) {
        return assembler.assemble(moon.document, moon.visit(), occurred(date));
    }

    @Test
    void anEventDatedWhileInOfficeGivesTheGovernmentRole() {
        Participant source = visitOn(moon.june2019()).source();
        assertEquals("KORGOV", source.code());
        assertEquals("KOR", source.country());
        assertEquals("GOV", source.sector());
        assertEquals("President of South Korea 2017-05-10..2022-05-09", source.role());
    }

    @Test
    void anEventDatedByTheArticleAfterOfficeGivesTheEliteRole() {
        Participant source = visitOn(EventDate.ofArticle(MoonDocument.ARTICLE_DATE)).source();
        assertEquals("KORELI", source.code());
        assertEquals("ELI", source.sector());
        assertEquals("Former president 2022-05-10..", source.role());
    }

    @Test
    void anEventWithOnlyAnEndDateUsesTheEnd() {
        EventDate before2020 = new EventDate("2020", null, LocalDate.of(2019, 12, 31), Granularity.YEAR, "BEFORE",
                DateBasis.TEXT, "before 2020", null);
        assertEquals("KORGOV", visitOn(before2020).source().code());
    }

    @Test
    void anUndatedEventUsesTheArticleDate() {
        EventDate unknown = new EventDate("", null, null, Granularity.UNKNOWN, "", DateBasis.INFERRED, "", null);
        assertEquals("KORELI", visitOn(unknown).source().code());
    }

    @Test
    void participantsKeepTheMentionsWordsAndRule() {
        Event e = visitOn(moon.june2019());
        Participant source = e.source();
        assertEquals("Moon Jae-in", source.text());
        assertEquals(moon.moon.span(), source.span());
        assertEquals("Moon Jae-in", source.span().of(moon.article.fullText()));
        assertEquals("people:Moon Jae-in", source.rule());
        Participant target = e.target();
        assertEquals("JPNGOV", target.code());
        assertEquals("Tokyo", target.text());
        assertEquals("", target.role(), "an undated role has no role text");
    }

    @Test
    void cameoWeightsComeFromTheTable() {
        Event visit = visitOn(moon.june2019());
        assertSame(cameo.get("042"), visit.cameo());
        assertEquals(1.9, visit.cameo().goldstein());
        assertEquals("CONSULT", visit.cameo().ploverType());
        Event host = assembler.assemble(moon.document, moon.host(), occurred(moon.june2019()));
        assertEquals("043", host.cameo().code());
        assertEquals(2.8, host.cameo().goldstein());
        assertEquals("host", host.cameo().ploverMode());
    }

    @Test
    void aCodeMissingFromTheTableIsAnError() {
        CodedEvent v = moon.visit();
        CodedEvent unknown = new CodedEvent(v.sentence(), v.source(), v.target(), "0421", v.predicateToken(),
                v.predicateSpan(), v.rule(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assembler.assemble(moon.document, unknown, occurred(moon.june2019())));
        assertEquals("unknown CAMEO code '0421'", e.getMessage());
    }

    @Test
    void evidenceHasTheSentenceThePredicateTheRuleAndTheVersions() {
        Event e = visitOn(moon.june2019());
        assertEquals(MoonDocument.VISIT_SENTENCE, e.evidence().sentenceText());
        assertEquals("visited", e.evidence().predicate());
        assertEquals(moon.visit().predicateSpan(), e.evidence().predicateSpan());
        assertEquals("verbs:visit", e.evidence().rule());
        assertEquals(DICTIONARIES, e.evidence().dictionaryVersion());
        assertEquals(Versions.CODE, e.evidence().codeVersion());
    }

    @Test
    void predicateIsCutFromTheFullTextIncludingTheTitle() {
        CodedEvent v = moon.visit();
        Span visitedTokyo = moon.visitSentence.spanOf(2, 4);
        assertTrue(visitedTokyo.begin() > moon.article.bodyOffset(), "the span counts the title");
        CodedEvent wider = new CodedEvent(v.sentence(), v.source(), v.target(), v.code(), v.predicateToken(),
                visitedTokyo, v.rule(), null);
        Event e = assembler.assemble(moon.document, wider, occurred(moon.june2019()));
        assertEquals("visited Tokyo", e.evidence().predicate());
    }

    @Test
    void articleSentenceAndTimingArePassedThrough() {
        Attribution says = new Attribution("Yonhap", "", "say", new Span(0, 6));
        Location tokyo = new Location("Tokyo", "JPN", moon.tokyo.span());
        CodedEvent v = moon.visit();
        CodedEvent located = new CodedEvent(v.sentence(), v.source(), v.target(), v.code(), v.predicateToken(),
                v.predicateSpan(), v.rule(), tokyo);
        Timing timing = new Timing(moon.june2019(), Status.POSSIBLE, "may have", says, true);
        Event e = assembler.assemble(moon.document, located, timing);
        assertEquals("moon-titled", e.articleId());
        assertEquals(1, e.sentence());
        assertEquals(moon.june2019(), e.date());
        assertEquals(Status.POSSIBLE, e.status());
        assertEquals("may have", e.statusCue());
        assertSame(says, e.attribution());
        assertTrue(e.historical());
        assertSame(tokyo, e.location());
    }

    private Event hostSaidBy(Attribution a) {
        Timing timing = new Timing(EventDate.ofArticle(MoonDocument.ARTICLE_DATE), Status.OCCURRED, "past tense", a,
                false);
        return assembler.assemble(moon.document, moon.host(), timing, moon.mentions());
    }

    @Test
    void theSpeakerTakesTheCodeOfTheActorMentionOverItsWords() {
        // as if "Seoul said" stood in the sentence: the attribution's words are the mention of Seoul
        Attribution seoulSays = new Attribution("Seoul", "", "say", moon.seoul.span());
        Attribution resolved = hostSaidBy(seoulSays).attribution();
        assertEquals("KORGOV", resolved.actor());
        assertEquals("Seoul", resolved.text());
        assertEquals("say", resolved.cue());
        assertEquals(moon.seoul.span(), resolved.span());
    }

    @Test
    void theSpeakerIsTheMentionOverlappingMostOfItsWords() {
        // "Seoul hosted Tokyo officials" read as one phrase: "Tokyo officials" covers more of it than "Seoul"
        Attribution phrase = new Attribution("Seoul hosted Tokyo officials", "", "say",
                moon.hostSentence.spanOf(0, 4));
        assertEquals("JPNGOV", hostSaidBy(phrase).attribution().actor());
    }

    @Test
    void theSpeakerIsCodedOnTheArticlesDateNotTheEventsDate() {
        // Moon is KORGOV for the 2019 visit but KORELI when he speaks, on the article's date
        Attribution moonSays = new Attribution("Moon Jae-in", "", "say", moon.moon.span());
        Timing timing = new Timing(moon.june2019(), Status.OCCURRED, "past tense", moonSays, true);
        Event e = assembler.assemble(moon.document, moon.visit(), timing, moon.mentions());
        assertEquals("KORGOV", e.source().code());
        assertEquals("KORELI", e.attribution().actor());
    }

    @Test
    void aSpeakerNamingNoActorKeepsNoCode() {
        Attribution analysts = new Attribution("analysts", "", "say", new Span(0, 4));
        assertSame(analysts, hostSaidBy(analysts).attribution(), "the title's words hold no mention of sentence 2");
        assertNull(hostSaidBy(null).attribution());
        Attribution coded = new Attribution("Seoul", "PRKGOV", "say", moon.seoul.span());
        assertSame(coded, hostSaidBy(coded).attribution(), "a code already given is kept");
    }

    @Test
    void theSecondSentenceGivesItsOwnEvidence() {
        Event e = assembler.assemble(moon.document, moon.host(), occurred(EventDate.ofArticle(
                MoonDocument.ARTICLE_DATE)));
        assertEquals(2, e.sentence());
        assertEquals(MoonDocument.HOST_SENTENCE, e.evidence().sentenceText());
        assertEquals("hosted", e.evidence().predicate());
        assertEquals("KORGOV", e.source().code());
        assertEquals("Tokyo officials", e.target().text());
        assertFalse(e.historical());
    }

    @Test
    void withoutATitleTheSentenceIsFoundByItsIndexNotItsPosition() {
        MoonDocument untitled = MoonDocument.untitled();
        assertEquals(1, untitled.document.sentences().get(0).index(), "the body starts at sentence 1");
        Event visit = assembler.assemble(untitled.document, untitled.visit(), occurred(untitled.june2019()));
        assertEquals(1, visit.sentence());
        assertEquals(MoonDocument.VISIT_SENTENCE, visit.evidence().sentenceText());
        assertEquals("visited", visit.evidence().predicate());
        Event host = assembler.assemble(untitled.document, untitled.host(), occurred(untitled.june2019()));
        assertEquals(2, host.sentence());
        assertEquals(MoonDocument.HOST_SENTENCE, host.evidence().sentenceText());
    }

    @Test
    void anEventInASentenceTheDocumentLacksIsAnError() {
        CodedEvent v = moon.visit();
        CodedEvent stray = new CodedEvent(5, v.source(), v.target(), v.code(), v.predicateToken(), v.predicateSpan(),
                v.rule(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assembler.assemble(moon.document, stray, occurred(moon.june2019())));
        assertEquals("event names sentence 5 which article moon-titled does not have", e.getMessage());
    }

    @Test
    void constructorRejectsNulls() {
        assertEquals("cameo", assertThrows(NullPointerException.class, () -> new EventAssembler(null, "d"))
                .getMessage());
        assertEquals("dictionaryVersion", assertThrows(NullPointerException.class,
                () -> new EventAssembler(cameo, null)).getMessage());
    }
}
