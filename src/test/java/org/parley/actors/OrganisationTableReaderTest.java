package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code organisations.tsv}: dated codes merge by name; malformed lines are errors naming file and line. */
class OrganisationTableReaderTest {
    private static final String HEADER = String.join("\t", OrganisationTableReader.HEADER);

    @Test
    void fixtureLoadsAndMergesLinesOfOneOrganisation() {
        OrganisationTable t = OrganisationTableReader.read(Fixtures.path("organisations-mini.tsv"));
        assertEquals(2, t.size());
        Organisation un = t.byName("United Nations").orElseThrow();
        assertEquals(List.of("UN", "U.N."), un.aliases());
        assertEquals("IGOUNO", un.roles().get(0).actor().code());
        Organisation taliban = t.byName("Taliban").orElseThrow();
        assertEquals(2, taliban.roles().size());
        assertEquals(LocalDate.of(2021, 8, 14), taliban.roles().get(0).to());
        assertEquals(LocalDate.of(2021, 8, 15), taliban.roles().get(1).from());
        assertThrows(UnsupportedOperationException.class, () -> taliban.roles().clear());
    }

    private static DictionaryFormatException bad(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return assertThrows(DictionaryFormatException.class,
                () -> OrganisationTableReader.read(Fixtures.text(all), "o.tsv"));
    }

    @Test
    void malformedLinesAreErrors() {
        assertEquals(2, bad("IGOUNO\tUnited Nations\tUN\t\t").line(), "five columns");
        assertEquals(2, bad("igouno\tUnited Nations\tUN\t\t\t").line(), "lower-case code");
        assertEquals(2, bad("IGOUN\tUnited Nations\tUN\t\t\t").line(), "code not in groups of three");
        assertEquals(2, bad("IGOUNO\t\tUN\t\t\t").line(), "no name");
        assertEquals(2, bad("IGOUNO\tUnited Nations\tUN\t2020-13-01\t\t").line(), "bad date");
        assertEquals(2, bad("IGOUNO\tUnited Nations\tUN\t2020-01-02\t2020-01-01\t").line(), "to before from");
        assertEquals(3, bad("IGOUNO\tUnited Nations\tUN\t\t\t", "IGOWSTNAT\tNATO\tUN\t\t\t").line(), "alias of another");
        assertEquals(3, bad("AFGREB\tTaliban\t\t\t2021-08-15\t", "AFGGOV\tTaliban\t\t2021-08-15\t\t").line(),
                "overlapping dates");
    }
}
