package org.parley.export;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.parley.model.Event;

/** RFC 4180 CSV: a header row, then one row per event with every column of {@link EventColumns}. */
public final class CsvEventWriter implements EventWriter {
    private final Appendable out;
    private boolean headerWritten;

    public CsvEventWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(List<Event> events) throws IOException {
        if (!headerWritten) {
            row(EventColumns.ALL.stream().map(EventColumns.Column::name).toList());
            headerWritten = true;
        }
        for (Event e : events) {
            row(EventColumns.ALL.stream().map(c -> c.value().apply(e)).toList());
        }
    }

    @Override
    public void finish() throws IOException {
        if (!headerWritten) {
            write(List.of());
        }
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
