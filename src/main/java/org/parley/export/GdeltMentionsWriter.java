package org.parley.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.model.Span;
import org.parley.model.StoredEvent;

/**
 * GDELT 2.0's mentions table: 16 tab-separated columns, no header, one row per event (each event is its own single
 * mention until events are clustered). See {@code docs/FORMATS.md}.
 */
public final class GdeltMentionsWriter {
    /** The columns, in GDELT 2.0's order. */
    public static final List<GdeltEventWriter.Column> COLUMNS = columns();

    private final Appendable out;

    public GdeltMentionsWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    public void write(List<StoredEvent> events) throws IOException {
        for (StoredEvent e : events) {
            out.append(Tsv.row(COLUMNS.stream().map(c -> c.value().apply(e)).toList()));
        }
    }

    private static List<GdeltEventWriter.Column> columns() {
        List<GdeltEventWriter.Column> c = new ArrayList<>();
        add(c, "GLOBALEVENTID", s -> String.valueOf(GlobalEventId.of(s.clusterKey())));
        add(c, "EventTimeDate", GdeltEventWriter::dateAdded);
        add(c, "MentionTimeDate", GdeltEventWriter::dateAdded);
        add(c, "MentionType", s -> s.articleUrl().isEmpty() ? "" : "1");
        add(c, "MentionSourceName", StoredEvent::articleSource);
        add(c, "MentionIdentifier", s -> s.articleUrl().isEmpty() ? s.event().articleId() : s.articleUrl());
        add(c, "SentenceID", s -> String.valueOf(s.event().sentence() + 1));
        add(c, "Actor1CharOffset", s -> offset(s.event().source().span()));
        add(c, "Actor2CharOffset", s -> offset(s.event().target().span()));
        add(c, "ActionCharOffset", s -> offset(s.event().evidence().predicateSpan()));
        add(c, "InRawText", s -> "");
        add(c, "Confidence", s -> "");
        add(c, "MentionDocLen", s -> "");
        add(c, "MentionDocTone", s -> "");
        add(c, "MentionDocTranslationInfo", s -> "");
        add(c, "Extras", s -> "");
        return List.copyOf(c);
    }

    private static void add(List<GdeltEventWriter.Column> c, String name, Function<StoredEvent, String> value) {
        c.add(new GdeltEventWriter.Column(name, value));
    }

    private static String offset(Span s) {
        return s == null ? "" : String.valueOf(s.begin());
    }
}
