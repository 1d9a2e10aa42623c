package org.parley.actors;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.ActorRole;

/**
 * Reads {@code organisations.tsv} (format in {@code docs/DICTIONARIES.md}). One line per code an organisation had;
 * lines with the same name belong to the same organisation and their aliases are pooled. A name or alias may belong
 * to one organisation only, and the date intervals of one organisation must not overlap.
 */
public final class OrganisationTableReader {
    /** The header line's columns. */
    public static final List<String> HEADER = List.of("code", "name", "aliases", "from", "to", "note");

    private OrganisationTableReader() {
    }

    public static OrganisationTable read(Path path) {
        return parse(TsvReader.read(path, HEADER));
    }

    public static OrganisationTable read(InputStream in, String fileName) {
        return parse(TsvReader.read(in, fileName, HEADER));
    }

    static OrganisationTable resource(String name) {
        return parse(TsvReader.resource(name, HEADER));
    }

    private static final class Draft {
        final Set<String> aliases = new LinkedHashSet<>();
        final List<ActorRole> roles = new ArrayList<>();
    }

    private static OrganisationTable parse(List<TsvRow> rows) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<List<String>, String> owners = new HashMap<>();
        for (TsvRow row : rows) {
            String name = row.required(1, "name");
            ActorRole role = new ActorRole(row.actor(0, "code"), row.date(3, "from", true), null, row.fields().get(5));
            LocalDate to = row.date(4, "to", true);
            if (to != null) {
                if (role.from() != null && to.isBefore(role.from())) {
                    throw row.error("'to' " + to + " is before 'from' " + role.from());
                }
                role = new ActorRole(role.actor(), role.from(), to, role.note());
            }
            Draft d = drafts.computeIfAbsent(name, n -> new Draft());
            for (ActorRole other : d.roles) {
                if (Intervals.overlap(other, role)) {
                    throw row.error("the dates of " + name + " " + role.actor().code() + " overlap its "
                            + other.actor().code() + " line");
                }
            }
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(row.list(2, "aliases"));
            for (String n : names) {
                String previous = owners.putIfAbsent(TokenKeys.keys(n), name);
                if (previous != null && !previous.equals(name)) {
                    throw row.error("'" + n + "' already names the organisation " + previous);
                }
                if (!n.equals(name)) {
                    d.aliases.add(n);
                }
            }
            d.roles.add(role);
        }
        List<Organisation> out = new ArrayList<>();
        drafts.forEach((name, d) -> out.add(new Organisation(name, List.copyOf(d.aliases), d.roles)));
        return new OrganisationTable(out);
    }
}
