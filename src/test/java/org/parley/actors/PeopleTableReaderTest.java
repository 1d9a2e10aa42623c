package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code people.tsv}: one line per dated role; malformed lines are errors naming file and line. */
class PeopleTableReaderTest {
    private static final String HEADER = String.join("\t", PeopleTableReader.HEADER);

    @Test
    void fixtureLoadsWithDatedRolesAndSources() {
        PeopleTable t = PeopleTableReader.read(Fixtures.path("people-mini.tsv"));
        assertEquals(2, t.size());
        assertEquals(3, t.roleCount());
        Person moon = t.byName("Moon Jae-in").orElseThrow();
        assertEquals(List.of("Moon Jae In"), moon.aliases());
        assertEquals(2, moon.roles().size());
        PersonRole president = moon.roles().get(0);
        assertEquals("KORGOV", president.role().actor().code());
        assertEquals(LocalDate.of(2017, 5, 10), president.role().from());
        assertEquals(LocalDate.of(2022, 5, 9), president.role().to());
        assertEquals("head of state: President of South Korea", president.role().note());
        assertEquals("public record", president.source());
        assertEquals(null, moon.roles().get(1).role().to());
        assertEquals(List.of("Jokowi"), t.byName("Joko Widodo").orElseThrow().aliases());
        assertThrows(UnsupportedOperationException.class, () -> moon.roles().remove(0));
    }

    private static DictionaryFormatException bad(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return assertThrows(DictionaryFormatException.class, () -> PeopleTableReader.read(Fixtures.text(all), "p.tsv"));
    }

    @Test
    void malformedLinesAreErrors() {
        assertEquals(2, bad("Moon Jae-in\t\tKORGOV\t2017-05-10\t\thead of state").line(), "six columns");
        assertEquals(2, bad("Moon\t\tKORGOV\t2017-05-10\t\tpresident\tpublic record").line(), "single-word name");
        assertEquals(2, bad("Moon Jae-in\tMoon\tKORGOV\t2017-05-10\t\tpresident\tpublic record").line(),
                "surname as alias");
        assertEquals(2, bad("Moon Jae-in\t\tKORGOV\t\t\tpresident\tpublic record").line(), "no start date");
        assertEquals(2, bad("Moon Jae-in\t\tKORGOV\t10.05.2017\t\tpresident\tpublic record").line(), "bad date");
        assertEquals(2, bad("Moon Jae-in\t\tKORGOV\t2017-05-10\t2017-05-09\tpresident\tpublic record").line(),
                "to before from");
        assertEquals(2, bad("Moon Jae-in\t\tKOR-GOV\t2017-05-10\t\tpresident\tpublic record").line(), "bad code");
        assertEquals(2, bad("Moon Jae-in\t\tKORGOV\t2017-05-10\t\t\tpublic record").line(), "no role note");
        assertEquals(2, bad("Moon Jae-in\t\tKORGOV\t2017-05-10\t\tpresident\t").line(), "no source");
        DictionaryFormatException overlap = bad(
                "Moon Jae-in\t\tKORGOV\t2017-05-10\t2022-05-09\tpresident\tpublic record",
                "Moon Jae-in\t\tKORELI\t2022-05-09\t\tformer president\tpublic record");
        assertEquals(3, overlap.line());
        assertTrue(overlap.getMessage().contains("overlap"), overlap.getMessage());
        assertEquals(3, bad("Moon Jae-in\tMJ Moon\tKORGOV\t2017-05-10\t\tpresident\tpublic record",
                "Mike Jones\tMJ Moon\tUSAGOV\t2017-05-10\t\tofficial\tpublic record").line(), "alias of another person");
    }
}
