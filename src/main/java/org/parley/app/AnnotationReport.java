package org.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the NLP, actor and time stages saw in one article: the debugging view of {@code parley annotate}, whose
 * JSON form (schema {@value #SCHEMA}) is documented in {@code docs/FORMATS.md}.
 */
public record AnnotationReport(String schema, String articleId, String date, String title, String origin,
                               List<SentenceView> sentences, List<JsonNode> events) {
    public static final String SCHEMA = "parley.annotation/1";

    /** One sentence and everything found in it. */
    public record SentenceView(int index, int begin, int end, String text, List<TokenView> tokens,
                               List<EntityView> entities, List<TimeView> times, List<ActorView> actors,
                               List<PredicateView> predicates) {
    }

    /** A token with its basic-tree head ({@code -1} for the root) and relation. */
    public record TokenView(int index, String word, String lemma, String pos, String ner, int head, String relation) {
    }

    public record EntityView(String type, String text, int begin, int end) {
    }

    /** A temporal expression with SUTime's value and Parley's, and why Parley changed it. */
    public record TimeView(String text, int begin, int end, String type, String sutime, String parley,
                           String modifier, String reason) {
    }

    /** An actor mention with its code on the article's date and every dated role it can take. */
    public record ActorView(String text, int begin, int end, String kind, String code, List<RoleView> roles,
                            String rule) {
    }

    public record RoleView(String code, String from, String to, String note) {
    }

    /** A verb's status as the time stage reads it, with the cue that decided. */
    public record PredicateView(int token, String word, String status, String cue) {
    }
}
