package org.parley.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parley.events.CodingOptions;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.pipeline.CodedArticle;

/**
 * Scores a peer event-coding suite: codes each record's text as a one-article story dated by the record, compares
 * the (source, target, code) triples with the expected ones, and counts.
 *
 * <p>Errors: a record that tests a broken parse tree handed to the coder ({@code bad_input_parse}) does not apply
 * to Parley, which parses the text itself, and is not scored; a record that opens with a dateline is scored like a
 * no-event record, since Parley drops the dateline and codes the rest; discards must yield nothing.
 *
 * <p>Control commands ({@link SuiteRecord#commands()}) take effect in record order, from the record that carries
 * them on: each record is coded with the {@link CodingOptions} the commands so far set. While a {@code FORWARD:}
 * command is in force ({@link StoryMask}), consecutive records of one story (same story characters in their ids,
 * same options) are coded together as one article ({@link StoryCoder}), and each is scored on its own sentences'
 * events.
 */
public final class SuiteEvaluator {
    /** The kinds of records a story may hold: those coded as text and scored on their events. */
    private static final Set<SuiteRecord.Kind> STORY_KINDS =
            Set.of(SuiteRecord.Kind.EVENTS, SuiteRecord.Kind.NO_EVENTS, SuiteRecord.Kind.DISCARD);

    private final CodingOptions start;
    private final Function<CodingOptions, Function<Article, CodedArticle>> coders;

    /** An evaluator whose suite starts from {@link CodingOptions#STANDARD}. */
    public SuiteEvaluator(Function<CodingOptions, Function<Article, CodedArticle>> coders) {
        this(CodingOptions.STANDARD, coders);
    }

    /**
     * @param start  the options before the suite's first control command (the command line's)
     * @param coders the coder for each set of coding options the suite's control commands ask for (see
     *               {@link SuiteSettings}); asked once per distinct options
     */
    public SuiteEvaluator(CodingOptions start, Function<CodingOptions, Function<Article, CodedArticle>> coders) {
        this.start = Objects.requireNonNull(start, "start");
        this.coders = Objects.requireNonNull(coders, "coders");
    }

    public SuiteReport evaluate(String suite, List<SuiteRecord> records) {
        List<SuiteResult> results = new ArrayList<>();
        SuiteSettings settings = new SuiteSettings(start);
        Map<CodingOptions, Function<Article, CodedArticle>> byOptions = new HashMap<>();
        long[] counts = new long[5]; // tp, fp, fn, dates right, dates checked
        List<SuiteRecord> story = new ArrayList<>();
        String storyKey = "";
        Function<Article, CodedArticle> storyCoder = null;
        for (SuiteRecord r : records) {
            r.commands().forEach(settings::apply);
            Function<Article, CodedArticle> coder = byOptions.computeIfAbsent(settings.options(), coders);
            String key = STORY_KINDS.contains(r.kind())
                    ? settings.stories().flatMap(m -> m.story(r.id())).orElse("") : "";
            if (!story.isEmpty() && (key.isEmpty() || !key.equals(storyKey) || coder != storyCoder)) {
                scoreStory(story, storyCoder, results, counts);
                story.clear();
            }
            if (key.isEmpty()) {
                results.add(score(r, coder, counts));
            } else {
                story.add(r);
                storyKey = key;
                storyCoder = coder;
            }
        }
        if (!story.isEmpty()) {
            scoreStory(story, storyCoder, results, counts);
        }
        return new SuiteReport(suite, results, counts[0], counts[1], counts[2], counts[3], counts[4],
                settings.applied(), settings.unsupported());
    }

    /** Scores the records of one story, coded together ({@link StoryCoder}). */
    private void scoreStory(List<SuiteRecord> story, Function<Article, CodedArticle> coder, List<SuiteResult> results,
                            long[] counts) {
        List<CodedArticle> coded;
        try {
            coded = StoryCoder.code(story, coder);
        } catch (RuntimeException e) {
            for (SuiteRecord r : story) {
                results.add(score(r, a -> {
                    throw e;
                }, counts));
            }
            return;
        }
        for (int k = 0; k < story.size(); k++) {
            CodedArticle mine = coded.get(k);
            results.add(score(story.get(k), a -> mine, counts));
        }
    }

    private SuiteResult score(SuiteRecord r, Function<Article, CodedArticle> coder, long[] counts) {
        List<String> expected = r.expected().stream().map(SuiteRecord.Triple::key).toList();
        switch (r.kind()) {
            case OPTION, UNSCORED -> {
                return new SuiteResult(r.id(), r.kind(), r.category(), false, false, expected, List.of(), "not a test");
            }
            case ERROR -> {
                if (r.detail().contains("bad_input_parse")) {
                    return new SuiteResult(r.id(), r.kind(), r.category(), false, false, expected, List.of(),
                            "not applicable: tests a broken parse tree handed to the coder; Parley parses the text itself");
                }
            }
            default -> {
            }
        }
        CodedArticle coded;
        try {
            coded = coder.apply(article(r));
        } catch (RuntimeException e) {
            return new SuiteResult(r.id(), r.kind(), r.category(), true, false, expected, List.of(),
                    "coding failed: " + e.getMessage());
        }
        if (r.kind() == SuiteRecord.Kind.ACTOR_RESOLUTION) {
            return actors(r, coded);
        }
        List<String> produced = new ArrayList<>(new LinkedHashSet<>(coded.events().stream().map(SuiteEvaluator::key).toList()));
        Set<String> want = new LinkedHashSet<>(expected);
        long tp = produced.stream().filter(want::contains).count();
        counts[0] += tp;
        counts[1] += produced.size() - tp;
        counts[2] += want.size() - tp;
        dates(r, coded.events(), counts);
        boolean right = new LinkedHashSet<>(produced).equals(want);
        String note = r.kind() == SuiteRecord.Kind.ERROR ? "error " + r.detail() + ": Parley must code nothing" : "";
        return new SuiteResult(r.id(), r.kind(), r.category(), true, right, expected, produced, note);
    }

    private static SuiteResult actors(SuiteRecord r, CodedArticle coded) {
        List<String> want = List.of(r.detail().split(","));
        List<String> produced = PhraseCodes.of(coded.document(), coded.actors(), r.date());
        Set<String> got = new LinkedHashSet<>(produced);
        return new SuiteResult(r.id(), r.kind(), r.category(), true, got.equals(new LinkedHashSet<>(want)), want,
                produced, "");
    }

    /** Event dates, where the suite gives them: the matched event's date must be that day. */
    private static void dates(SuiteRecord r, List<Event> events, long[] counts) {
        for (SuiteRecord.Triple t : r.expected()) {
            if (t.eventDate() == null) {
                continue;
            }
            counts[4]++;
            for (Event e : events) {
                if (key(e).equals(t.key()) && t.eventDate().equals(e.date().start())
                        && t.eventDate().equals(e.date().end())) {
                    counts[3]++;
                    break;
                }
            }
        }
    }

    private static String key(Event e) {
        return e.source().code() + ">" + e.target().code() + ":" + e.cameo().code();
    }

    private static Article article(SuiteRecord r) {
        LocalDate date = r.date();
        return new Article("suite-" + r.id(), date, "", r.text(), "", "", r.id());
    }
}
