package org.parley.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded {@code organisations.tsv}: immutable, in file order, indexed by name. */
public final class OrganisationTable {
    private final List<Organisation> organisations;
    private final Map<String, Organisation> byName;

    public OrganisationTable(List<Organisation> organisations) {
        Map<String, Organisation> index = new LinkedHashMap<>();
        for (Organisation o : organisations) {
            if (index.putIfAbsent(o.name(), o) != null) {
                throw new IllegalArgumentException("organisation " + o.name() + " appears twice");
            }
        }
        this.organisations = List.copyOf(organisations);
        this.byName = Map.copyOf(index);
    }

    public List<Organisation> all() {
        return organisations;
    }

    public Optional<Organisation> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public int size() {
        return organisations.size();
    }
}
