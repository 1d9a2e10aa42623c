package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.ActorRole;

/**
 * An international organisation or a non-state group of {@code organisations.tsv}.
 *
 * @param name    the usual name, e.g. {@code United Nations}
 * @param aliases other names and acronyms ({@code UN}, {@code U.N.})
 * @param roles   its codes over time, in file order (the Taliban are {@code AFGREB} until 2021-08-14 and
 *                {@code AFGGOV} from 2021-08-15); never empty
 * @param group   whether the name stands for several actors at once, one per role, none of them dated (a PETRARCH
 *                compound code {@code [ELR/GAL]}): a mention of it is one mention per actor
 */
public record Organisation(String name, List<String> aliases, List<ActorRole> roles, boolean group) {
    public Organisation {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("organisation " + name + " has no code");
        }
        if (group && (roles.size() < 2 || roles.stream().anyMatch(r -> r.from() != null || r.to() != null))) {
            throw new IllegalArgumentException("the group " + name + " needs two or more undated codes");
        }
    }

    /** An organisation with one actor at a time. */
    public Organisation(String name, List<String> aliases, List<ActorRole> roles) {
        this(name, aliases, roles, false);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
