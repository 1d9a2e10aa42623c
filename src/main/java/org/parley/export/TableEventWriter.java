package org.parley.export;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.parley.model.Event;

/**
 * A human-readable table, one line per event: date, status, source, code, target, who asserts it (the speaker's
 * actor code, else the words naming the speaker), and the words that fired.
 */
public final class TableEventWriter implements EventWriter {
    private static final String ROW = "%-12s %-10s %-3s %-9s %-5s %-9s %-12s %-32s %s%n";
    private final Appendable out;
    private boolean headerWritten;

    public TableEventWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(List<Event> events) throws IOException {
        if (!headerWritten) {
            out.append(String.format(ROW, "DATE", "STATUS", "S#", "SOURCE", "CODE", "TARGET", "SAID BY", "EVENT",
                    "EVIDENCE"));
            headerWritten = true;
        }
        for (Event e : events) {
            String date = e.date().value().isEmpty() ? ">" + e.date().start() : e.date().value();
            if (!e.date().modifier().isEmpty()) {
                date = e.date().modifier().toLowerCase(java.util.Locale.ROOT).charAt(0) + ":" + date;
            }
            out.append(String.format(ROW, date, e.status().label(), e.sentence(), e.source().code(), e.cameo().code(),
                    e.target().code(), clip(saidBy(e), 12), clip(e.cameo().name(), 32),
                    clip(e.evidence().predicate(), 40)));
        }
    }

    private static String saidBy(Event e) {
        if (e.attribution() == null) {
            return "";
        }
        return e.attribution().actor().isEmpty() ? e.attribution().text() : e.attribution().actor();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
