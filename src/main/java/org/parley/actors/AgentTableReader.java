package org.parley.actors;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code agents.tsv} (format in {@code docs/DICTIONARIES.md}): one line per agent code and kind, its terms
 * {@code |}-separated and lower-case. A term may appear once in the whole file.
 */
public final class AgentTableReader {
    /** The header line's columns. */
    public static final List<String> HEADER = List.of("agent", "kind", "terms", "note");

    private AgentTableReader() {
    }

    public static AgentTable read(Path path) {
        return parse(TsvReader.read(path, HEADER));
    }

    public static AgentTable read(InputStream in, String fileName) {
        return parse(TsvReader.read(in, fileName, HEADER));
    }

    static AgentTable resource(String name) {
        return parse(TsvReader.resource(name, HEADER));
    }

    private static AgentTable parse(List<TsvRow> rows) {
        List<Agent> agents = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (TsvRow row : rows) {
            String code = row.required(0, "agent");
            if (!code.matches("([A-Z]{3})+")) {
                throw row.error("agent code must be upper-case letters in groups of three, got '" + code + "'");
            }
            AgentKind kind;
            try {
                kind = AgentKind.parse(row.required(1, "kind"));
            } catch (IllegalArgumentException e) {
                throw row.error("kind must be one of head, title, body, member; got '" + row.fields().get(1) + "'");
            }
            List<String> terms = row.list(2, "terms");
            if (terms.isEmpty()) {
                throw row.error("column 'terms' must list at least one term");
            }
            for (String term : terms) {
                if (!term.equals(term.toLowerCase(Locale.ROOT))) {
                    throw row.error("term '" + term + "' must be lower-case");
                }
                Integer previous = seen.putIfAbsent(TokenKeys.keys(term), row.line());
                if (previous != null) {
                    throw row.error("term '" + term + "' is already listed on line " + previous);
                }
                agents.add(new Agent(term, code, kind));
            }
        }
        return new AgentTable(agents);
    }
}
