package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded {@code agents.tsv}: immutable. Besides the listed terms it knows their regular plurals (the last word
 * takes {@code -s}, {@code -es} or {@code -ies}; {@code man} becomes {@code men}), unless the term already ends in
 * {@code s}, the plural is listed in its own right, or the agent asks for none ({@link Agent#regularPlural}).
 */
public final class AgentTable {
    private final List<Agent> agents;
    private final Map<List<String>, Agent> byKey;

    public AgentTable(List<Agent> agents) {
        Map<List<String>, Agent> index = new LinkedHashMap<>();
        for (Agent a : agents) {
            if (index.putIfAbsent(TokenKeys.keys(a.term()), a) != null) {
                throw new IllegalArgumentException("agent term '" + a.term() + "' appears twice");
            }
        }
        Map<List<String>, Agent> plurals = new HashMap<>();
        for (Agent a : agents) {
            String plural = a.regularPlural() ? plural(a.term()) : null;
            if (plural != null) {
                plurals.putIfAbsent(TokenKeys.keys(plural), a);
            }
        }
        plurals.forEach(index::putIfAbsent);
        this.agents = List.copyOf(agents);
        this.byKey = Map.copyOf(index);
    }

    /** The listed terms, in file order. */
    public List<Agent> all() {
        return agents;
    }

    /** Every recognised form (listed terms and generated plurals) with the agent it signals. */
    public Map<List<String>, Agent> forms() {
        return byKey;
    }

    /** The agent a word or phrase signals, e.g. {@code lookup("Foreign Ministers")} is the foreign minister entry. */
    public Optional<Agent> lookup(String phrase) {
        return Optional.ofNullable(byKey.get(TokenKeys.keys(phrase)));
    }

    public int size() {
        return agents.size();
    }

    /** The regular plural of a term's last word, or null when none should be generated. */
    static String plural(String term) {
        int space = term.lastIndexOf(' ');
        String head = term.substring(space + 1);
        String prefix = term.substring(0, space + 1);
        if (head.endsWith("s") || head.length() < 3) {
            return null;
        }
        if (head.endsWith("man")) {
            return prefix + head.substring(0, head.length() - 3) + "men";
        }
        if (head.endsWith("y") && !"aeiou".contains(head.substring(head.length() - 2, head.length() - 1))) {
            return prefix + head.substring(0, head.length() - 1) + "ies";
        }
        if (head.endsWith("x") || head.endsWith("ch") || head.endsWith("sh")) {
            return prefix + head + "es";
        }
        return prefix + head + "s";
    }

    /** Terms grouped by agent code, for documentation and tests. */
    public Map<String, List<Agent>> byCode() {
        Map<String, List<Agent>> out = new LinkedHashMap<>();
        for (Agent a : agents) {
            out.computeIfAbsent(a.code(), c -> new ArrayList<>()).add(a);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
