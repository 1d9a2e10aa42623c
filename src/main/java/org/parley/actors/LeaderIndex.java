package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Heads of state and government of {@code people.tsv} by the words their names are repeated by
 * ({@link Referent#surnameKeys}), for "the Biden administration" or "the Netanyahu government" in an article that
 * never gives the full name. A surname that two such leaders share ("Lee": Lee Jae Myung, Lee Hsien Loong) resolves
 * to nobody. Built once; immutable.
 */
final class LeaderIndex {
    private final Map<String, List<Person>> bySurname;

    LeaderIndex(PeopleTable people) {
        this(people.all());
    }

    /** An index over these people (with several dictionary layers: the people with the names the lexicon holds). */
    LeaderIndex(List<Person> people) {
        Map<String, List<Person>> index = new HashMap<>();
        for (Person p : people) {
            boolean leader = p.roles().stream().anyMatch(r -> r.role().note().startsWith("head of state")
                    || r.role().note().startsWith("head of government"));
            if (!leader) {
                continue;
            }
            for (String key : Referent.surnameKeys(p.names())) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.bySurname = Map.copyOf(index);
    }

    /** The one leader with this surname key, if exactly one. */
    Optional<Person> unique(String key) {
        List<Person> found = bySurname.getOrDefault(key, List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
