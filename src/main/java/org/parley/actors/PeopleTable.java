package org.parley.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded {@code people.tsv}: immutable, in order of first appearance, indexed by name. */
public final class PeopleTable {
    private final List<Person> people;
    private final Map<String, Person> byName;

    public PeopleTable(List<Person> people) {
        Map<String, Person> index = new LinkedHashMap<>();
        for (Person p : people) {
            if (index.putIfAbsent(p.name(), p) != null) {
                throw new IllegalArgumentException("person " + p.name() + " appears twice");
            }
        }
        this.people = List.copyOf(people);
        this.byName = Map.copyOf(index);
    }

    public List<Person> all() {
        return people;
    }

    public Optional<Person> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public int size() {
        return people.size();
    }

    /** Number of role lines over all people. */
    public int roleCount() {
        return people.stream().mapToInt(p -> p.roles().size()).sum();
    }
}
