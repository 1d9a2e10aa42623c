package org.parley.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded {@code countries.tsv}: immutable, in file order, indexed by code. */
public final class CountryTable {
    private final List<Country> countries;
    private final Map<String, Country> byCode;

    public CountryTable(List<Country> countries) {
        Map<String, Country> index = new LinkedHashMap<>();
        for (Country c : countries) {
            if (index.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("country code " + c.code() + " appears twice");
            }
        }
        this.countries = List.copyOf(countries);
        this.byCode = Map.copyOf(index);
    }

    public List<Country> all() {
        return countries;
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return countries.size();
    }
}
