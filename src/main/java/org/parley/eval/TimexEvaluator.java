package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.nlp.Annotator;
import org.parley.time.CorrectedTime;
import org.parley.time.TimexCorrector;

/**
 * Scores temporal expressions against a gold set ({@code {id, dct, text, timexes:[{text, start, end, value}]}}):
 * how many gold expressions Parley finds (a found expression overlaps the gold span) and, of those, how many get
 * the gold value — both SUTime's raw value and Parley's corrected one, so the corrections can be judged.
 */
public final class TimexEvaluator {
    /** A gold expression with what Parley made of it; {@code referenced} when its document has a date. */
    public record Item(String id, String text, String gold, String sutime, String parley, boolean found,
                       boolean referenced) {
    }

    /**
     * The figures of a run, over the gold expressions that have a value and whose document has a reference date
     * (Parley always resolves against an article's date; documents without one test unresolved forms such as
     * {@code XXXX-WXX-4} and are counted apart in {@code unreferenced}).
     */
    public record Report(String suite, int documents, int gold, int found, int sutimeRight, int parleyRight,
                         int unreferenced, int withoutValue, List<Item> items) {
        public double foundRate() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double parleyAccuracy() {
            return found == 0 ? 0 : (double) parleyRight / found;
        }

        public double sutimeAccuracy() {
            return found == 0 ? 0 : (double) sutimeRight / found;
        }

        public void print(PrintWriter out, boolean failures) {
            out.printf("timex suite %s: %d documents, %d gold expressions with a value and a reference date%n", suite,
                    documents, gold);
            out.printf("  not scored      %d in documents without a reference date, %d without a gold value%n",
                    unreferenced, withoutValue);
            out.printf("  found           %d/%d (%.1f%%)%n", found, gold, 100 * foundRate());
            out.printf("  value accuracy  Parley %d/%d (%.1f%%), SUTime alone %d/%d (%.1f%%), over the found ones%n",
                    parleyRight, found, 100 * parleyAccuracy(), sutimeRight, found, 100 * sutimeAccuracy());
            if (failures) {
                for (Item i : items) {
                    if (i.referenced() && !i.gold().isEmpty() && (!i.found() || !i.parley().equalsIgnoreCase(i.gold()))) {
                        out.printf("  %-40s %-24s gold %-12s sutime %-12s parley %s%n", i.id(), '"' + i.text() + '"',
                                i.gold(), i.sutime(), i.found() ? i.parley() : "(not found)");
                    }
                }
            }
        }
    }

    private final Annotator annotator;
    private final TimexCorrector corrector = new TimexCorrector();

    public TimexEvaluator(Annotator annotator) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    public Report evaluate(String suite, List<JsonNode> documents) {
        List<Item> items = new ArrayList<>();
        int gold = 0;
        int found = 0;
        int sutimeRight = 0;
        int parleyRight = 0;
        int unreferenced = 0;
        int withoutValue = 0;
        for (JsonNode d : documents) {
            String text = d.path("text").asText("");
            JsonNode golds = d.path("timexes");
            if (text.isBlank() || golds.isEmpty()) {
                continue;
            }
            boolean referenced = d.path("dct").asText("").length() >= 10;
            LocalDate dct = date(d.path("dct").asText(""));
            LineSpacedText spaced = new LineSpacedText(text);
            AnnotatedDocument doc = annotator.annotate(new Article("timex-" + d.path("id").asText(), dct, "",
                    spaced.text(), "", "", d.path("id").asText()));
            List<CorrectedTime> times = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                for (TimeExpression t : s.times()) {
                    times.add(corrector.correct(s, t, dct));
                }
            }
            for (JsonNode g : golds) {
                int start = spaced.map(g.path("start").asInt());
                int end = spaced.map(g.path("end").asInt());
                String value = g.path("value").asText("");
                CorrectedTime match = null;
                for (CorrectedTime t : times) {
                    if (t.expression().span().begin() < end && start < t.expression().span().end()) {
                        match = t;
                        break;
                    }
                }
                String sutime = match == null ? "" : match.expression().value();
                // Parley's value is SUTime's unless the time stage corrected it
                String parley = match == null ? "" : match.changed() ? match.valueText() : sutime;
                items.add(new Item(d.path("id").asText(), g.path("text").asText(), value, sutime, parley, match != null,
                        referenced));
                if (!referenced) {
                    unreferenced++;
                    continue;
                }
                if (value.isEmpty()) {
                    withoutValue++;
                    continue;
                }
                gold++;
                if (match != null) {
                    found++;
                    sutimeRight += same(sutime, value) ? 1 : 0;
                    parleyRight += same(parley, value) ? 1 : 0;
                }
            }
        }
        return new Report(suite, documents.size(), gold, found, sutimeRight, parleyRight, unreferenced, withoutValue,
                items);
    }

    private static boolean same(String a, String b) {
        return a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT));
    }

    private static LocalDate date(String dct) {
        if (dct.length() < 10) {
            return SuiteRecord.DEFAULT_DATE;
        }
        return LocalDate.parse(dct.substring(0, 10));
    }
}
