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
 * Reads {@code people.tsv} (format in {@code docs/DICTIONARIES.md}): one line per dated role. Lines with the same
 * name are the same person and pool their aliases. A name or alias may belong to one person only; the roles of one
 * person must not overlap in time; the role and source notes must not be empty. The name is a full name; a
 * one-word alias is allowed only when it is not a word of that name (a nickname or acronym such as "Jokowi" or
 * "MBS", never a surname alone: "Lee" after "Lee Jae Myung" is coreference's job).
 */
public final class PeopleTableReader {
    /** The header line's columns. */
    public static final List<String> HEADER = List.of("name", "aliases", "code", "from", "to", "role", "source");

    private PeopleTableReader() {
    }

    public static PeopleTable read(Path path) {
        return parse(TsvReader.read(path, HEADER));
    }

    public static PeopleTable read(InputStream in, String fileName) {
        return parse(TsvReader.read(in, fileName, HEADER));
    }

    static PeopleTable resource(String name) {
        return parse(TsvReader.resource(name, HEADER));
    }

    private static final class Draft {
        final Set<String> aliases = new LinkedHashSet<>();
        final List<PersonRole> roles = new ArrayList<>();
    }

    private static PeopleTable parse(List<TsvRow> rows) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<List<String>, String> owners = new HashMap<>();
        for (TsvRow row : rows) {
            String name = row.required(0, "name");
            if (!name.contains(" ")) {
                throw row.error("name '" + name + "' must be a full name (a surname alone is resolved by coreference)");
            }
            LocalDate from = row.date(3, "from", false);
            LocalDate to = row.date(4, "to", true);
            if (to != null && to.isBefore(from)) {
                throw row.error("'to' " + to + " is before 'from' " + from);
            }
            ActorRole role = new ActorRole(row.actor(2, "code"), from, to, row.required(5, "role"));
            PersonRole personRole = new PersonRole(role, row.required(6, "source"));
            Draft d = drafts.computeIfAbsent(name, n -> new Draft());
            for (PersonRole other : d.roles) {
                if (Intervals.overlap(other.role(), role)) {
                    throw row.error("the dates of " + name + " " + role.actor().code() + " " + from + ".."
                            + (to == null ? "" : to) + " overlap the " + other.role().actor().code() + " role from "
                            + other.role().from());
                }
            }
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(row.list(1, "aliases"));
            List<String> nameWords = TokenKeys.keys(name);
            for (String n : names) {
                if (!n.contains(" ") && nameWords.contains(TokenKeys.key(n))) {
                    throw row.error("alias '" + n + "' is a word of the name " + name
                            + "; a surname or given name alone is resolved by coreference, not listed");
                }
                String previous = owners.putIfAbsent(TokenKeys.keys(n), name);
                if (previous != null && !previous.equals(name)) {
                    throw row.error("'" + n + "' already names " + previous);
                }
                if (!n.equals(name)) {
                    d.aliases.add(n);
                }
            }
            d.roles.add(personRole);
        }
        List<Person> out = new ArrayList<>();
        drafts.forEach((name, d) -> out.add(new Person(name, List.copyOf(d.aliases), d.roles)));
        return new PeopleTable(out);
    }
}
