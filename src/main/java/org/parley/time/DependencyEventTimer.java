package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Attribution;
import org.parley.model.CodedEvent;
import org.parley.model.DateBasis;
import org.parley.model.Dependency;
import org.parley.model.EventDate;
import org.parley.model.Granularity;
import org.parley.model.Sentence;
import org.parley.model.Status;
import org.parley.model.TimeExpression;
import org.parley.model.Timing;

/**
 * The {@code time} stage on the dependency tree: corrects the sentence's temporal expressions
 * ({@link TimexCorrector}), attaches the one that governs each predicate ({@link TimexAttacher}), decides the
 * status from cue words ({@link StatusClassifier}) and finds who asserts it ({@link AttributionFinder}).
 *
 * <p>An event with no expression of its own takes the date of an earlier event with the same two actors reported
 * within {@value #INHERIT_WINDOW} sentences before (basis {@code INFERRED}), whether that event's date is its own
 * expression or one it inherited so (a story told over several sentences keeps its day), unless that event is told in
 * the past perfect, a look back whose date is background; failing that an occurred event takes
 * the article's date and a future one is open-ended after it. An event the text dates after the article cannot
 * have occurred: a past-tense cue ("accepted an invitation to visit next year") gives way to "planned".
 *
 * <p>A headline tells the story of its lead in the present tense ("Prabowo Holds Talks With Lula"), so a title
 * event with no expression of its own takes the text date of an event of the same two actors in the first
 * {@value #INHERIT_WINDOW} body sentences ("arrived in Brasilia on Thursday"), not the article's date, which is only
 * when the story was published.
 */
public final class DependencyEventTimer implements EventTimer {
    static final int INHERIT_WINDOW = 2;
    /** Events dated more than this many days before the article are "historical". */
    static final int HISTORICAL_DAYS = 365;

    private final TimexCorrector corrector = new TimexCorrector();
    private final TimexAttacher attacher = new TimexAttacher();
    private final StatusClassifier classifier = new StatusClassifier();
    private final AttributionFinder attributions = new AttributionFinder();

    /** Every expression of the document with Parley's value, for {@code parley annotate}. */
    public Map<Integer, List<CorrectedTime>> correctedTimes(AnnotatedDocument document) {
        Map<Integer, List<CorrectedTime>> out = new HashMap<>();
        LocalDate articleDate = document.article().date();
        for (Sentence s : document.sentences()) {
            List<CorrectedTime> list = new ArrayList<>();
            for (TimeExpression t : s.times()) {
                list.add(corrector.correct(s, t, articleDate));
            }
            out.put(s.index(), list);
        }
        return out;
    }

    @Override
    public List<Timing> time(AnnotatedDocument document, List<CodedEvent> events) {
        Map<Integer, List<CorrectedTime>> times = correctedTimes(document);
        LocalDate articleDate = document.article().date();
        List<Timing> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            CodedEvent e = events.get(i);
            Sentence s = sentence(document, e.sentence());
            Optional<TimexAttacher.Attachment> attached = attacher.attach(s, e.predicateToken(),
                    times.getOrDefault(e.sentence(), List.of()), VerbalActs.isVerbalAct(e.code()));
            StatusClassifier.Decision decision = classifier.classify(s, e.predicateToken());
            EventDate date = attached.map(a -> fromText(a)).orElse(null);
            if (date == null) {
                date = inherited(document, events, out, i, decision.status());
            }
            Status status;
            String cue;
            boolean futureDate = date != null && date.start() != null && date.start().isAfter(articleDate);
            if (decision.status().isPresent() && !(futureDate && decision.status().get() == Status.OCCURRED)) {
                status = decision.status().get();
                cue = decision.cue();
            } else if (futureDate) {
                status = Status.PLANNED;
                cue = "date after the article's (" + date.value() + ")";
            } else {
                status = Status.OCCURRED;
                cue = date != null && date.basis() == DateBasis.TEXT ? "dated before the article (" + date.value() + ")"
                        : "no cue: reported as fact";
            }
            if (date == null) {
                date = isFuture(status) ? afterArticle(articleDate) : EventDate.ofArticle(articleDate);
            }
            Attribution attribution = attributions.find(s, e.predicateToken()).orElse(null);
            boolean historical = date.end() != null && date.end().isBefore(articleDate.minusDays(HISTORICAL_DAYS));
            out.add(new Timing(date, status, cue, attribution, historical));
        }
        if (!document.article().title().isEmpty()) {
            datedByLead(events, out, articleDate);
        }
        return out;
    }

    /**
     * Title events (sentence 0) dated by nothing but the article take the text date of the first event of the same
     * two actors and the same realization in the lead ({@value #INHERIT_WINDOW} body sentences).
     */
    private static void datedByLead(List<CodedEvent> events, List<Timing> timed, LocalDate articleDate) {
        for (int i = 0; i < events.size(); i++) {
            Timing title = timed.get(i);
            if (events.get(i).sentence() != 0 || title.date().basis() != DateBasis.ARTICLE_DATE) {
                continue;
            }
            for (int j = 0; j < events.size(); j++) {
                CodedEvent body = events.get(j);
                EventDate d = timed.get(j).date();
                if (body.sentence() < 1 || body.sentence() > INHERIT_WINDOW || d.basis() == DateBasis.ARTICLE_DATE
                        || d.start() == null || d.start().isAfter(articleDate)
                        || unrealized(timed.get(j).status()) != unrealized(title.status())
                        || !sameDyad(events.get(i), body)) {
                    continue;
                }
                EventDate lead = new EventDate(d.value(), d.start(), d.end(), d.granularity(), d.modifier(),
                        DateBasis.INFERRED, d.text(), d.span());
                boolean historical = lead.end() != null && lead.end().isBefore(articleDate.minusDays(HISTORICAL_DAYS));
                timed.set(i, new Timing(lead, title.status(), title.statusCue(), title.attribution(), historical));
                break;
            }
        }
    }

    private static Sentence sentence(AnnotatedDocument document, int index) {
        for (Sentence s : document.sentences()) {
            if (s.index() == index) {
                return s;
            }
        }
        throw new IllegalArgumentException("event names sentence " + index + " which the document does not have");
    }

    private static boolean isFuture(Status status) {
        return switch (status) {
            case PLANNED, EXPECTED, POSSIBLE, HYPOTHETICAL -> true;
            case OCCURRED, ONGOING, NEGATED -> false;
        };
    }

    private static EventDate fromText(TimexAttacher.Attachment a) {
        CorrectedTime t = a.time();
        TimexValue v = t.value();
        String modifier = a.relation().isEmpty() ? t.modifier() : a.relation();
        LocalDate start = v.start();
        LocalDate end = v.end();
        if (a.relation().equals("BEFORE")) {
            start = null;
        } else if (a.relation().equals("AFTER")) {
            end = null;
        }
        return new EventDate(v.value(), start, end, v.granularity(), modifier, DateBasis.TEXT, t.expression().text(),
                t.expression().span());
    }

    /**
     * The text date (own or inherited) of an earlier event of the same two actors, close before. An event not (yet) realized (planned,
     * expected, possible, hypothetical) does not take the date of one that occurred or is going on, nor the other way
     * round: "Moscow rejected the accusations on Wednesday ... Berlin could expel Russian diplomats" is no expulsion
     * on Wednesday, and "Germany will station troops in Lithuania next month. Lithuania welcomed the decision" is a
     * welcome already made. An event whose words give no status takes either.
     */
    private static EventDate inherited(AnnotatedDocument document, List<CodedEvent> events, List<Timing> timed,
            int index, Optional<Status> own) {
        CodedEvent e = events.get(index);
        for (int j = index - 1; j >= 0; j--) {
            CodedEvent earlier = events.get(j);
            if (e.sentence() - earlier.sentence() > INHERIT_WINDOW) {
                break;
            }
            EventDate d = timed.get(j).date();
            if (own.isPresent() && unrealized(own.get()) != unrealized(timed.get(j).status())) {
                continue;
            }
            if (fromText(d) && sameDyad(e, earlier)
                    && !flashback(sentence(document, earlier.sentence()), earlier.predicateToken())) {
                return new EventDate(d.value(), d.start(), d.end(), d.granularity(), d.modifier(), DateBasis.INFERRED,
                        d.text(), d.span());
            }
        }
        return null;
    }

    /**
     * Whether a predicate is told in the past perfect, a look back from the story ("Washington had demanded their
     * release and imposed sanctions in March"): its date is background, which the events after it do not take.
     */
    private static boolean flashback(Sentence s, int predicate) {
        if (pastPerfect(s, predicate)) {
            return true;
        }
        Optional<Dependency> up = s.headOf(predicate);
        return up.isPresent() && up.get().governor() != Dependency.ROOT && up.get().baseRelation().equals("conj")
                && pastPerfect(s, up.get().governor());
    }

    private static boolean pastPerfect(Sentence s, int verb) {
        return s.token(verb).pos().equals("VBN") && s.childrenOf(verb).stream().anyMatch(d -> d.baseRelation()
                .equals("aux") && s.token(d.dependent()).word().equalsIgnoreCase("had"));
    }

    /**
     * Whether a date comes from words of the text: the event's own expression, or one it inherited from an event
     * of the same story; not the article's date nor the open-ended future after it.
     */
    private static boolean fromText(EventDate d) {
        return d.basis() == DateBasis.TEXT || d.basis() == DateBasis.INFERRED && !d.text().isEmpty();
    }

    /** Whether a status says the event has not (yet) happened, nor is denied: planned to hypothetical. */
    private static boolean unrealized(Status status) {
        return switch (status) {
            case PLANNED, EXPECTED, POSSIBLE, HYPOTHETICAL -> true;
            case OCCURRED, ONGOING, NEGATED -> false;
        };
    }

    private static boolean sameDyad(CodedEvent a, CodedEvent b) {
        String as = party(a.source().roles().get(0).actor());
        String at = party(a.target().roles().get(0).actor());
        String bs = party(b.source().roles().get(0).actor());
        String bt = party(b.target().roles().get(0).actor());
        return as.equals(bs) && at.equals(bt) || as.equals(bt) && at.equals(bs);
    }

    /**
     * The party an actor stands for in a dyad: a country's root ({@code KORGOV} and {@code KOR} are one party), but a
     * whole international or non-state code ({@link Actor#isNonState}: the UN is not the IAEA).
     */
    private static String party(Actor actor) {
        return actor.isNonState() ? actor.code() : actor.code().substring(0, 3);
    }

    private static EventDate afterArticle(LocalDate articleDate) {
        return new EventDate("", articleDate.plusDays(1), null, Granularity.UNKNOWN, "AFTER", DateBasis.INFERRED, "", null);
    }
}
