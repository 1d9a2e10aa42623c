package org.parley.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.parley.model.Event;

/** One event per line as JSON ({@link EventJson}). */
public final class JsonlEventWriter implements EventWriter {
    private final Appendable out;
    private final EventJson json;
    private final ObjectMapper mapper = new ObjectMapper();

    public JsonlEventWriter(Appendable out, EventJson json) {
        this.out = Objects.requireNonNull(out, "out");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public void write(List<Event> events) throws IOException {
        for (Event e : events) {
            out.append(mapper.writeValueAsString(json.toJson(e))).append('\n');
        }
    }
}
