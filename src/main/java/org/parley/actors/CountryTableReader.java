package org.parley.actors;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code countries.tsv} (format in {@code docs/DICTIONARIES.md}, section "Actor dictionaries"). Every name,
 * alias, adjective, capital and city must be unique across the whole file, so a word that could mean two places
 * ("Korea", "Congo") has to be left out on purpose rather than resolved by accident.
 */
public final class CountryTableReader {
    /** The header line's columns. */
    public static final List<String> HEADER = List.of("code", "name", "aliases", "adjectives", "capitals", "cities");

    private CountryTableReader() {
    }

    public static CountryTable read(Path path) {
        return parse(TsvReader.read(path, HEADER));
    }

    public static CountryTable read(InputStream in, String fileName) {
        return parse(TsvReader.read(in, fileName, HEADER));
    }

    /** The {@code countries.tsv} bundled with Parley. */
    public static CountryTable builtIn() {
        return resource(ActorDictionaries.RESOURCE_DIR + "countries.tsv");
    }

    static CountryTable resource(String name) {
        return parse(TsvReader.resource(name, HEADER));
    }

    private static CountryTable parse(List<TsvRow> rows) {
        List<Country> countries = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        Map<List<String>, String> words = new HashMap<>();
        for (TsvRow row : rows) {
            String code = row.required(0, "code");
            if (!code.matches("[A-Z]{3}")) {
                throw row.error("country code must be three upper-case letters, got '" + code + "'");
            }
            if (codes.putIfAbsent(code, "line " + row.line()) != null) {
                throw row.error("country code " + code + " already defined at " + codes.get(code));
            }
            Country c = new Country(code, row.required(1, "name"), row.list(2, "aliases"), row.list(3, "adjectives"),
                    row.list(4, "capitals"), row.list(5, "cities"));
            List<String> all = new ArrayList<>(c.names());
            all.addAll(c.adjectives());
            all.addAll(c.capitals());
            all.addAll(c.cities());
            for (String w : all) {
                List<String> key = TokenKeys.keys(w);
                String where = code + " (line " + row.line() + ")";
                String previous = words.putIfAbsent(key, where);
                if (previous != null) {
                    throw row.error("'" + w + "' is already listed for " + previous
                            + "; an ambiguous name must be left out");
                }
            }
            countries.add(c);
        }
        return new CountryTable(countries);
    }
}
