package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code fips-10-4.tsv}: every country of {@code countries.tsv} has its FIPS 10-4 code; malformed lines fail. */
class FipsCodesTest {
    private static final String HEADER = String.join("\t", FipsCodes.HEADER);

    @Test
    void everyCountryOfTheCountryTableIsListedAndNothingElse() {
        List<String> countries = CountryTableReader.builtIn().all().stream().map(Country::code).toList();
        assertEquals(countries, List.copyOf(FipsCodes.builtIn().countries()), "the same codes, in the same order");
    }

    @Test
    void everyCountryHasACodeExceptPalestine() {
        List<String> without = new ArrayList<>();
        for (String code : FipsCodes.builtIn().countries()) {
            if (FipsCodes.builtIn().of(code).isEmpty()) {
                without.add(code);
            }
        }
        assertEquals(List.of("PSE"), without, "FIPS 10-4 codes the West Bank and Gaza apart, and has no code for both");
    }

    @Test
    void knownCodesThatDifferFromIsoAlpha2() {
        Map<String, String> known = Map.ofEntries(Map.entry("DEU", "GM"), Map.entry("GBR", "UK"),
                Map.entry("KOR", "KS"), Map.entry("PRK", "KN"), Map.entry("CHN", "CH"), Map.entry("AUT", "AU"),
                Map.entry("AUS", "AS"), Map.entry("RUS", "RS"), Map.entry("JPN", "JA"), Map.entry("ISR", "IS"),
                Map.entry("IRQ", "IZ"), Map.entry("ZAF", "SF"), Map.entry("COG", "CF"), Map.entry("COD", "CG"),
                Map.entry("KSV", "KV"), Map.entry("SSD", "OD"), Map.entry("USA", "US"), Map.entry("TWN", "TW"));
        known.forEach((iso, fips) -> assertEquals(Optional.of(new FipsCode(fips)), FipsCodes.builtIn().of(iso), iso));
        assertEquals(Optional.empty(), FipsCodes.builtIn().of("XYZ"), "a code the table does not list");
    }

    private static DictionaryFormatException bad(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return assertThrows(DictionaryFormatException.class, () -> FipsCodes.read(Fixtures.text(all), "f.tsv"));
    }

    @Test
    void malformedLinesAreErrors() {
        assertEquals(2, bad("DEU\tgm").line(), "lower case");
        assertEquals(2, bad("DEU\tGMX").line(), "three letters");
        assertEquals(2, bad("DE\tGM").line(), "an alpha-2 country code");
        assertEquals(2, bad("DEU").line(), "one column");
        assertEquals(3, bad("DEU\tGM", "DEU\tGE").line(), "a country twice");
        DictionaryFormatException twice = bad("DEU\tGM", "GMB\tGM");
        assertEquals(3, twice.line());
        assertTrue(twice.getMessage().contains("already the code of DEU"), twice.getMessage());
    }

    @Test
    void aCodeIsTwoCapitalLetters() {
        assertEquals("GM", new FipsCode("GM").toString());
        assertThrows(IllegalArgumentException.class, () -> new FipsCode("G"));
        assertThrows(NullPointerException.class, () -> new FipsCode(null));
    }
}
