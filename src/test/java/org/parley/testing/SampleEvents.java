package org.parley.testing;

import java.time.LocalDate;
import org.parley.model.Attribution;
import org.parley.model.CameoCode;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Granularity;
import org.parley.model.Location;
import org.parley.model.Participant;
import org.parley.model.Span;
import org.parley.model.Status;

/** Complete events built by hand, for the tests of writers and checkers that take finished events. */
public final class SampleEvents {
    private SampleEvents() {
    }

    /** Talks in a week, attributed and located, with every optional field filled (and a comma and quote in text). */
    public static Event talks() {
        return new Event("a1", 5, participant("KORGOV", "South Korea's vice minister, \"Park\"", 10),
                participant("CHNGOV", "Chinese Vice Foreign Minister Ma Zhaoxu", 60),
                new CameoCode("046", "Engage in negotiation", 7.0, 1, "CONSULT", ""),
                new EventDate("2025-W51", LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 21), Granularity.WEEK, "",
                        DateBasis.TEXT, "last week", new Span(40, 49)),
                Status.OCCURRED, "past tense (held)", new Attribution("the ministry", "", "according to", new Span(0, 12)),
                false, new Location("Beijing", "CHN", new Span(30, 37)),
                new Evidence("Park held talks in Beijing last week with Ma.\nSecond line", "held talks", new Span(20, 30),
                        "patterns.txt:1 046 hold talks with *T", "dict-1", "0.1.0"));
    }

    /** A planned visit with an open-ended date, no attribution and no location. */
    public static Event plannedVisit() {
        return new Event("a2", 1, participant("USAGOV", "Trump", 0), participant("CHN", "China", 20),
                new CameoCode("042", "Make a visit", 1.9, 1, "CONSULT", "visit"),
                new EventDate("", LocalDate.of(2025, 12, 28), null, Granularity.UNKNOWN, "AFTER", DateBasis.INFERRED, "",
                        null),
                Status.PLANNED, "planned", null, false, null,
                new Evidence("Trump's planned visit to China.", "visit", new Span(14, 19), "patterns.txt:2 042 @visit to *T",
                        "dict-1", "0.1.0"));
    }

    /** The same event asserted by someone else ("Seoul said ..."). */
    public static Event assertedBy(Event e, Attribution attribution) {
        return new Event(e.articleId(), e.sentence(), e.source(), e.target(), e.cameo(), e.date(), e.status(),
                e.statusCue(), attribution, e.historical(), e.location(), e.evidence());
    }

    public static Participant participant(String code, String text, int begin) {
        return new Participant(code, code.substring(0, 3), code.substring(3), text, new Span(begin, begin + text.length()),
                "test:" + code, "");
    }
}
