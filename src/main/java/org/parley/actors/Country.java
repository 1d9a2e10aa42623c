package org.parley.actors;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One country or territory of {@code countries.tsv}.
 *
 * @param code       CAMEO country code (ISO 3166-1 alpha-3 where CAMEO has no code of its own, e.g. {@code KSV} for
 *                   Kosovo)
 * @param name       the usual English name, e.g. {@code South Korea}
 * @param aliases    other names and short forms ({@code S Korea}, {@code ROK}, ...)
 * @param adjectives nationality adjectives and demonyms ({@code South Korean}, {@code South Koreans})
 * @param capitals   capitals and seats of government used as metonymy for the government ({@code Seoul},
 *                   {@code Kremlin})
 * @param cities     other major cities: they place an institution in the country but are never actors themselves
 */
public record Country(String code, String name, List<String> aliases, List<String> adjectives, List<String> capitals,
                      List<String> cities) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("country code must be three upper-case letters, got '" + code + "'");
        }
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
        cities = List.copyOf(cities);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
