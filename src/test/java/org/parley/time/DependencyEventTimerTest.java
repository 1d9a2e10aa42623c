package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.events.PatternDictionary;
import org.parley.events.PatternEventCoder;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.DateBasis;
import org.parley.model.MentionKind;
import org.parley.model.Status;
import org.parley.model.Timing;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** The time stage over whole small articles (real parses, fixed-phrase actors). */
class DependencyEventTimerTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("the two sides", MentionKind.COREFERENCE, "ARN", "GON");
    private final DependencyEventTimer timer = new DependencyEventTimer();

    private List<Timing> time(String body) {
        return time("", body);
    }

    private List<Timing> time(String title, String body) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of(TimeFixtures.DATE, title, body));
        List<CodedEvent> events = new PatternEventCoder(PatternDictionary.builtIn()).code(doc, ACTORS.resolve(doc));
        return timer.time(doc, events);
    }

    @Test
    void textDateGovernsAndOldEventsAreHistorical() {
        List<Timing> t = time("Arnor and Gondor, which last met in 2019, are rivals.");
        assertEquals(1, t.size());
        assertEquals("2019", t.get(0).date().value());
        assertEquals(DateBasis.TEXT, t.get(0).date().basis());
        assertTrue(t.get(0).historical());
        assertEquals(Status.OCCURRED, t.get(0).status());
    }

    @Test
    void undatedFollowUpInheritsTheDateOfTheSameDyad() {
        List<Timing> t = time("Arnor held talks with Gondor last week. The two sides discussed trade.");
        assertEquals(2, t.size());
        assertEquals("2025-W51", t.get(1).date().value());
        assertEquals(DateBasis.INFERRED, t.get(1).date().basis());
    }

    @Test
    void twoOrganisationsOfOneRootAreTwoParties() {
        PhraseActorResolver actors = new PhraseActorResolver().add("Arnor", "ARN")
                .add("the United Nations", "IGOUNO").add("the atomic agency", "IGOUNOIAE");
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of(TimeFixtures.DATE, "",
                "The United Nations imposed sanctions on Arnor last month. Arnor signed a deal with the atomic agency."));
        List<CodedEvent> events = new PatternEventCoder(PatternDictionary.builtIn()).code(doc, actors.resolve(doc));
        List<Timing> t = timer.time(doc, events);
        assertEquals(2, t.size());
        assertEquals("2025-11", t.get(0).date().value());
        assertEquals(DateBasis.ARTICLE_DATE, t.get(1).date().basis(), "the atomic agency's deal is not the UN's sanctions");
    }

    @Test
    void aLookBackInThePastPerfectLendsNoDate() {
        List<Timing> t = time("Arnor held talks with Gondor on Thursday. Gondor had imposed sanctions on Arnor in "
                + "March. Arnor criticised Gondor.");
        assertEquals(3, t.size());
        assertEquals("2025-03", t.get(1).date().value());
        assertEquals("2025-12-25", t.get(2).date().value(), "the story's day, not the look back's");
    }

    @Test
    void anInheritedDatePassesOnAlongTheStory() {
        List<Timing> t = time("Arnor held talks with Gondor on Thursday. Arnor urged Gondor to lift its embargo. "
                + "The weather was cold. Gondor criticised Arnor.");
        assertEquals(3, t.size());
        assertEquals("2025-12-25", t.get(0).date().value());
        assertEquals("2025-12-25", t.get(1).date().value());
        assertEquals("2025-12-25", t.get(2).date().value(), "three sentences after the talks, two after the appeal");
        assertEquals(DateBasis.INFERRED, t.get(2).date().basis());
    }

    @Test
    void aHeadlineTakesTheDateOfItsLead() {
        List<Timing> t = time("Arnor Holds Talks With Gondor", "Arnor held talks with Gondor on Thursday.");
        assertEquals(2, t.size());
        assertEquals("2025-12-25", t.get(0).date().value(), "the title is sentence 0, dated by the lead");
        assertEquals(DateBasis.INFERRED, t.get(0).date().basis());
        List<Timing> far = time("Arnor Holds Talks With Gondor",
                "The weather was cold. Markets were calm. Arnor held talks with Gondor on Thursday.");
        assertEquals(2, far.size());
        assertEquals(DateBasis.ARTICLE_DATE, far.get(0).date().basis(), "an event beyond the lead is another story");
    }

    @Test
    void anUnrealizedFollowUpDoesNotInheritTheDateOfAnEventThatOccurred() {
        List<Timing> t = time("Arnor accused Gondor of spying last week. Arnor could expel Gondor's diplomats.");
        assertEquals(2, t.size());
        assertEquals("2025-W51", t.get(0).date().value());
        assertEquals(Status.POSSIBLE, t.get(1).status(), t.get(1).statusCue());
        assertEquals("AFTER", t.get(1).date().modifier(), "open after the article, not last week");
    }

    @Test
    void anEventThatOccurredDoesNotInheritTheDateOfAPlannedOne() {
        List<Timing> t = time("Arnor will station troops in Gondor next month. Gondor praised Arnor.");
        assertEquals(2, t.size());
        assertEquals("2026-01", t.get(0).date().value());
        assertEquals(Status.OCCURRED, t.get(1).status(), t.get(1).statusCue());
        assertEquals(DateBasis.ARTICLE_DATE, t.get(1).date().basis());
    }

    @Test
    void undatedPastEventTakesTheArticleDate() {
        Timing t = time("Arnor attacked Gondor.").get(0);
        assertEquals(DateBasis.ARTICLE_DATE, t.date().basis());
        assertEquals(LocalDate.parse(TimeFixtures.DATE), t.date().start());
        assertNull(t.attribution());
    }

    @Test
    void undatedFutureEventIsOpenAfterTheArticle() {
        Timing t = time("Experts believe Arnor will seek Gondor's assistance.").get(0);
        assertEquals(Status.EXPECTED, t.status());
        assertEquals("AFTER", t.date().modifier());
        assertEquals(LocalDate.parse(TimeFixtures.DATE).plusDays(1), t.date().start());
        assertNull(t.date().end());
        assertEquals("Experts", t.attribution().text());
    }

    @Test
    void aPastTenseCueGivesWayToAFutureDate() {
        Timing t = time("Arnor accepted an invitation to visit Gondor next year.").get(0);
        assertEquals("2026", t.date().value());
        assertEquals(Status.PLANNED, t.status(), t.statusCue());
    }

    @Test
    void anOfferMadeTodayIsNotDatedByWhatItOffers() {
        List<Timing> t = time("Arnor offered to meet Gondor next week.");
        assertEquals(1, t.size());
        assertEquals(Status.OCCURRED, t.get(0).status(), t.get(0).statusCue());
        assertEquals(DateBasis.ARTICLE_DATE, t.get(0).date().basis());
    }
}
