package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code countries.tsv}: the fixture loads, every malformed line is an error naming file and line. */
class CountryTableReaderTest {
    private static final String HEADER = String.join("\t", CountryTableReader.HEADER);

    @Test
    void fixtureLoadsIntoAnImmutableTable() {
        CountryTable t = CountryTableReader.read(Fixtures.path("countries-mini.tsv"));
        assertEquals(5, t.size());
        Country kor = t.byCode("KOR").orElseThrow();
        assertEquals("South Korea", kor.name());
        assertEquals(List.of("S Korea", "ROK"), kor.aliases());
        assertEquals(List.of("South Korean", "South Koreans"), kor.adjectives());
        assertEquals(List.of("Seoul"), kor.capitals());
        assertEquals(List.of("Busan"), kor.cities());
        assertEquals(List.of(), t.byCode("TWN").orElseThrow().cities());
        assertThrows(UnsupportedOperationException.class, () -> t.all().add(kor));
        assertThrows(UnsupportedOperationException.class, () -> kor.aliases().add("x"));
    }

    private static DictionaryFormatException bad(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return assertThrows(DictionaryFormatException.class, () -> CountryTableReader.read(Fixtures.text(all), "c.tsv"));
    }

    @Test
    void malformedLinesAreErrors() {
        assertEquals(2, bad("KOR\tSouth Korea\t\t\t").line(), "five columns");
        assertEquals(2, bad("Korea\tSouth Korea\t\t\t\t").line(), "bad code");
        assertEquals(2, bad("\tSouth Korea\t\t\t\t").line(), "no code");
        assertEquals(2, bad("KOR\t\t\t\t\t").line(), "no name");
        assertEquals(2, bad("KOR\tSouth Korea\tS Korea||ROK\t\t\t").line(), "empty alias");
        assertEquals(3, bad("KOR\tSouth Korea\t\t\t\t", "KOR\tNorth Korea\t\t\t\t").line(), "duplicate code");
    }

    @Test
    void aWordForTwoPlacesIsAnError() {
        DictionaryFormatException e = bad("KOR\tSouth Korea\tKorea\t\t\t", "PRK\tNorth Korea\tKorea\t\t\t");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'Korea' is already listed for KOR"), e.getMessage());
        assertEquals(2, bad("GRC\tGreece\tHellas\tHellas\t\t").line(), "a word in two columns of one line");
    }
}
