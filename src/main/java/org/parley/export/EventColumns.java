package org.parley.export;

import java.util.List;
import java.util.function.Function;
import org.parley.model.Event;
import org.parley.model.Span;

/** Every field of an event as a flat, named column: the layout of the CSV export. */
public final class EventColumns {
    /** A named column and how to read it from an event ({@code ""} for absent values). */
    public record Column(String name, Function<Event, String> value) {
    }

    public static final List<Column> ALL = List.of(
            new Column("article_id", Event::articleId),
            new Column("sentence", e -> String.valueOf(e.sentence())),
            new Column("source_code", e -> e.source().code()),
            new Column("source_country", e -> e.source().country()),
            new Column("source_sector", e -> e.source().sector()),
            new Column("source_text", e -> e.source().text()),
            new Column("source_begin", e -> String.valueOf(e.source().span().begin())),
            new Column("source_end", e -> String.valueOf(e.source().span().end())),
            new Column("source_rule", e -> e.source().rule()),
            new Column("source_role", e -> e.source().role()),
            new Column("target_code", e -> e.target().code()),
            new Column("target_country", e -> e.target().country()),
            new Column("target_sector", e -> e.target().sector()),
            new Column("target_text", e -> e.target().text()),
            new Column("target_begin", e -> String.valueOf(e.target().span().begin())),
            new Column("target_end", e -> String.valueOf(e.target().span().end())),
            new Column("target_rule", e -> e.target().rule()),
            new Column("target_role", e -> e.target().role()),
            new Column("cameo_code", e -> e.cameo().code()),
            new Column("cameo_root", e -> e.cameo().root()),
            new Column("cameo_name", e -> e.cameo().name()),
            new Column("quad_class", e -> String.valueOf(e.cameo().quadClass())),
            new Column("goldstein", e -> String.valueOf(e.cameo().goldstein())),
            new Column("plover_type", e -> e.cameo().ploverType()),
            new Column("plover_mode", e -> e.cameo().ploverMode()),
            new Column("date_value", e -> e.date().value()),
            new Column("date_start", e -> e.date().start() == null ? "" : e.date().start().toString()),
            new Column("date_end", e -> e.date().end() == null ? "" : e.date().end().toString()),
            new Column("date_granularity", e -> e.date().granularity().name().toLowerCase(java.util.Locale.ROOT)),
            new Column("date_modifier", e -> e.date().modifier()),
            new Column("date_basis", e -> e.date().basis().name().toLowerCase(java.util.Locale.ROOT)),
            new Column("date_text", e -> e.date().text()),
            new Column("status", e -> e.status().label()),
            new Column("status_cue", Event::statusCue),
            new Column("attribution_text", e -> e.attribution() == null ? "" : e.attribution().text()),
            new Column("attribution_actor", e -> e.attribution() == null ? "" : e.attribution().actor()),
            new Column("attribution_cue", e -> e.attribution() == null ? "" : e.attribution().cue()),
            new Column("historical", e -> String.valueOf(e.historical())),
            new Column("location_text", e -> e.location() == null ? "" : e.location().text()),
            new Column("location_country", e -> e.location() == null ? "" : e.location().country()),
            new Column("predicate", e -> e.evidence().predicate()),
            new Column("predicate_span", e -> span(e.evidence().predicateSpan())),
            new Column("rule", e -> e.evidence().rule()),
            new Column("sentence_text", e -> e.evidence().sentenceText()),
            new Column("dictionary_version", e -> e.evidence().dictionaryVersion()),
            new Column("code_version", e -> e.evidence().codeVersion()));

    private EventColumns() {
    }

    private static String span(Span s) {
        return s == null ? "" : s.begin() + "-" + s.end();
    }
}
