package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.events.PatternDictionary;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.Status;
import org.parley.model.Token;
import org.parley.nlp.Annotator;
import org.parley.time.StatusClassifier;

/**
 * Scores event status against MEANTIME-style factuality annotations: for each gold event mention (character span
 * in its document) whose word Parley treats as a predicate (a verb, or a noun some event pattern is headed by), the
 * status the time stage gives it, mapped to MEANTIME's attributes: time FUTURE (planned, expected, possible,
 * hypothetical) or NON_FUTURE; certainty POSSIBLE (possible, hypothetical), PROBABLE (expected) or CERTAIN;
 * polarity NEG (negated) or POS.
 */
public final class FactualityEvaluator {
    /** One gold mention and Parley's reading. */
    public record Item(String id, String word, boolean found, String status, String goldTime, String time,
                       String goldCertainty, String certainty, String goldPolarity, String polarity) {
    }

    /** The figures of a run. */
    public record Report(int mentions, int found, int timeRight, int timeGold, int certaintyRight, int certaintyGold,
                         int polarityRight, int polarityGold, List<Item> items) {
        public double timeAccuracy() {
            return timeGold == 0 ? 0 : (double) timeRight / timeGold;
        }

        public double certaintyAccuracy() {
            return certaintyGold == 0 ? 0 : (double) certaintyRight / certaintyGold;
        }

        public double polarityAccuracy() {
            return polarityGold == 0 ? 0 : (double) polarityRight / polarityGold;
        }

        public void print(PrintWriter out, boolean failures) {
            out.printf("factuality: %d gold event mentions, %d found as predicates (%.1f%%)%n", mentions, found,
                    mentions == 0 ? 0 : 100.0 * found / mentions);
            out.println("  over the found mentions whose gold value is defined (not UNDERSPECIFIED or empty):");
            out.printf("  FUTURE vs NON_FUTURE  %d/%d (%.1f%%)%n", timeRight, timeGold, 100 * timeAccuracy());
            out.printf("  certainty             %d/%d (%.1f%%)%n", certaintyRight, certaintyGold, 100 * certaintyAccuracy());
            out.printf("  polarity              %d/%d (%.1f%%)%n", polarityRight, polarityGold, 100 * polarityAccuracy());
            if (failures) {
                for (Item i : items) {
                    boolean timeWrong = TIMES.contains(i.goldTime()) && !i.time().equals(i.goldTime());
                    boolean polarityWrong = POLARITIES.contains(i.goldPolarity()) && !i.polarity().equals(i.goldPolarity());
                    if (i.found() && (timeWrong || polarityWrong)) {
                        out.printf("  %-12s %-16s %-12s time %s/%s  polarity %s/%s%n", i.id(), i.word(), i.status(),
                                i.time(), i.goldTime(), i.polarity(), i.goldPolarity());
                    }
                }
            }
        }
    }

    static final java.util.Set<String> TIMES = java.util.Set.of("FUTURE", "NON_FUTURE");
    static final java.util.Set<String> CERTAINTIES = java.util.Set.of("CERTAIN", "PROBABLE", "POSSIBLE");
    static final java.util.Set<String> POLARITIES = java.util.Set.of("POS", "NEG");

    private final Annotator annotator;
    private final PatternDictionary patterns;
    private final StatusClassifier classifier = new StatusClassifier();

    public FactualityEvaluator(Annotator annotator, PatternDictionary patterns) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
    }

    /**
     * @param documents the documents ({@code {id, dct, text}}) the mentions point into
     * @param mentions  gold mentions ({@code {id: "DOC#N", start, end, event_text, time, certainty, polarity}})
     */
    public Report evaluate(List<JsonNode> documents, List<JsonNode> mentions) {
        Map<String, JsonNode> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.path("id").asText(), d));
        Map<String, Parsed> parsed = new HashMap<>();
        List<Item> items = new ArrayList<>();
        int found = 0;
        int[] right = new int[3];
        int[] gold = new int[3];
        for (JsonNode m : mentions) {
            String docId = m.path("id").asText().replaceFirst("#.*", "");
            JsonNode d = docs.get(docId);
            if (d == null) {
                throw new IllegalArgumentException("mention " + m.path("id").asText() + " names document " + docId
                        + " which the documents file does not have");
            }
            Parsed p = parsed.computeIfAbsent(docId, k -> parse(d));
            int at = p.map(m.path("start").asInt());
            Status status = null;
            boolean futureNegation = false;
            String word = m.path("event_text").asText();
            for (Sentence s : p.doc().sentences()) {
                for (Token t : s.tokens()) {
                    if (t.span().begin() <= at && at < t.span().end() && isPredicate(t)) {
                        status = classifier.statusOf(s, t.index());
                        futureNegation = status == Status.NEGATED && classifier.futureReference(s, t.index());
                    }
                }
            }
            String goldTime = m.path("time").asText();
            String goldCertainty = m.path("certainty").asText();
            String goldPolarity = m.path("polarity").asText();
            if (status == null) {
                items.add(new Item(m.path("id").asText(), word, false, "", goldTime, "", goldCertainty, "", goldPolarity, ""));
                continue;
            }
            found++;
            String t = futureNegation ? "FUTURE" : timeOf(status);
            String c = certaintyOf(status);
            String pol = status == Status.NEGATED ? "NEG" : "POS";
            tally(0, TIMES, goldTime, t, right, gold);
            tally(1, CERTAINTIES, goldCertainty, c, right, gold);
            tally(2, POLARITIES, goldPolarity, pol, right, gold);
            items.add(new Item(m.path("id").asText(), word, true, status.label(), goldTime, t, goldCertainty, c,
                    goldPolarity, pol));
        }
        return new Report(mentions.size(), found, right[0], gold[0], right[1], gold[1], right[2], gold[2], items);
    }

    private static void tally(int i, java.util.Set<String> defined, String goldValue, String value, int[] right, int[] gold) {
        if (defined.contains(goldValue)) {
            gold[i]++;
            right[i] += value.equals(goldValue) ? 1 : 0;
        }
    }

    private boolean isPredicate(Token t) {
        return t.isVerb() || t.isNoun() && !patterns.nounPatterns(t.lemma().toLowerCase(java.util.Locale.ROOT)).isEmpty();
    }

    static String timeOf(Status s) {
        return switch (s) {
            case PLANNED, EXPECTED, POSSIBLE, HYPOTHETICAL -> "FUTURE";
            case OCCURRED, ONGOING, NEGATED -> "NON_FUTURE";
        };
    }

    static String certaintyOf(Status s) {
        return switch (s) {
            case POSSIBLE, HYPOTHETICAL -> "POSSIBLE";
            case EXPECTED -> "PROBABLE";
            case OCCURRED, ONGOING, PLANNED, NEGATED -> "CERTAIN";
        };
    }

    /**
     * A document annotated with each line as its own paragraph (a line break becomes a blank line, so headlines and
     * datelines are sentences of their own), and the map from gold offsets to offsets in that text.
     */
    private Parsed parse(JsonNode d) {
        String text = d.path("text").asText();
        String dctText = d.path("dct").asText("");
        LocalDate dct = dctText.length() >= 10 ? LocalDate.parse(dctText.substring(0, 10)) : SuiteRecord.DEFAULT_DATE;
        LineSpacedText spaced = new LineSpacedText(text);
        AnnotatedDocument doc = annotator.annotate(new Article("meantime-" + d.path("id").asText(), dct, "",
                spaced.text(), "", "", d.path("id").asText()));
        return new Parsed(doc, spaced);
    }

    private record Parsed(AnnotatedDocument doc, LineSpacedText spaced) {
        int map(int offset) {
            return spaced.map(offset);
        }
    }
}
