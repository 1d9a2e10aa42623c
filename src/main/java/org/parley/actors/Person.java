package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.ActorRole;

/**
 * A person of {@code people.tsv}.
 *
 * @param name    full name as usually written in English news ({@code Lee Jae Myung})
 * @param aliases other spellings of the full name ({@code Lee Jae-myung}); never a surname alone
 * @param roles   dated roles in file order; never empty
 */
public record Person(String name, List<String> aliases, List<PersonRole> roles) {
    public Person {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("person " + name + " has no role");
        }
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** The roles without their sources, as mentions carry them. */
    public List<ActorRole> actorRoles() {
        return roles.stream().map(PersonRole::role).toList();
    }
}
