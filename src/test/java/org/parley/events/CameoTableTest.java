package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.model.CameoCode;

class CameoTableTest {
    /** Reference data, present only on machines that have the shared folder beside the project. */
    private static final Path CAMEO_CODES = Path.of("../shared/evaldata/dictionaries/cameo_codes/cameo_codes.tsv");
    private static final Path CAMEO2PLOVER = Path.of("../shared/evaldata/event_coding/plover/CAMEO2PLOVER-2021.txt");

    private static final String HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n";

    private final CameoTable table = CameoTable.builtIn();

    @Test
    void spotFacts() {
        CameoCode visit = table.get("042");
        assertEquals("Make a visit", visit.name());
        assertEquals(1.9, visit.goldstein());
        assertEquals(1, visit.quadClass());
        assertEquals("CONSULT", visit.ploverType());
        assertEquals("visit", visit.ploverMode());
        assertEquals(List.of("diplomatic"), table.get("163").ploverContexts());

        CameoCode force = table.get("190");
        assertEquals(4, force.quadClass());
        assertTrue(force.goldstein() < 0, "190 must weigh negative");

        assertEquals("Impose embargo, boycott, or sanctions", table.get("163").name());
        assertEquals(-8.0, table.get("163").goldstein());
        assertTrue(table.find("42").isEmpty(), "codes are text: 42 is not 042");
        assertThrows(IllegalArgumentException.class, () -> table.get("999"));
    }

    @Test
    void everyRootCodeIsPresentAndEveryCodeHasItsParent() {
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            assertTrue(table.find(code).isPresent(), "root code " + code);
        }
        for (String code : table.all().keySet()) {
            if (code.length() > 2) {
                assertTrue(table.find(code.substring(0, code.length() - 1)).isPresent(), "parent of " + code);
            }
        }
        assertTrue(table.size() > 300, "about 300 codes, got " + table.size());
    }

    @Test
    void quadClassFollowsTheRootCode() {
        for (CameoCode c : table.all().values()) {
            assertEquals(CameoCode.quadClassOf(c.code()), c.quadClass(), "QuadClass of " + c.code());
        }
    }

    @Test
    void matchesGdeltCodesAndGoldsteinWeights() throws IOException {
        assumeTrue(Files.isRegularFile(CAMEO_CODES), "reference data absent: " + CAMEO_CODES);
        Map<String, String> gdelt = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(CAMEO_CODES, StandardCharsets.UTF_8);
        List<String> columns = List.of(lines.get(0).split("\t", -1));
        int code = columns.indexOf("code");
        int weight = columns.indexOf("goldstein_gdelt");
        assertTrue(code >= 0 && weight >= 0, "columns of " + CAMEO_CODES + ": " + columns);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] f = line.split("\t", -1);
                gdelt.put(f[code], f[weight]);
            }
        }
        assertEquals(gdelt.keySet(), table.all().keySet(), "the same codes as the reference table");
        for (Map.Entry<String, String> e : gdelt.entrySet()) {
            String c = e.getKey();
            String expected = e.getValue();
            if (expected.isEmpty()) {
                // GDELT has no weight for a few later codes: the table gives them the nearest weighted ancestor's.
                String parent = c.substring(0, c.length() - 1);
                while (gdelt.getOrDefault(parent, "").isEmpty()) {
                    parent = parent.substring(0, parent.length() - 1);
                }
                expected = gdelt.get(parent);
            }
            assertEquals(Double.parseDouble(expected), table.get(c).goldstein(), "Goldstein weight of " + c);
        }
    }

    @Test
    void matchesThePloverMapping() throws IOException {
        assumeTrue(Files.isRegularFile(CAMEO2PLOVER), "reference data absent: " + CAMEO2PLOVER);
        Pattern entry = Pattern.compile("^(\\d{2,4}):([^#]*)");
        Map<String, Set<String>> types = new LinkedHashMap<>();
        Map<String, List<String>> contexts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CAMEO2PLOVER, StandardCharsets.UTF_8)) {
            Matcher m = entry.matcher(line.strip());
            if (m.find()) {
                String[] fields = m.group(2).split(",", -1);
                types.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(fields[0].strip());
                List<String> listed = new ArrayList<>();
                if (fields.length > 2) {
                    for (String context : fields[2].split(";")) {
                        if (!context.isBlank()) {
                            listed.add(context.strip());
                        }
                    }
                }
                contexts.putIfAbsent(m.group(1), listed);
            }
        }
        assertTrue(types.size() > 250, "parsed only " + types.size() + " mapping entries");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : types.entrySet()) {
            String type = table.find(e.getKey()).map(CameoCode::ploverType).orElse("<missing code>");
            // Root 08 is listed under two headings (CONCEDE and RETREAT): either is the mapping's word.
            if (!e.getValue().contains(type)) {
                problems.add(e.getKey() + ": table " + type + ", mapping " + e.getValue());
            }
        }
        assertEquals(List.of(), problems);
        for (Map.Entry<String, List<String>> e : contexts.entrySet()) {
            table.find(e.getKey()).ifPresent(c -> assertEquals(e.getValue(), c.ploverContexts(), "contexts of " + c.code()));
        }
        assertTrue(contexts.values().stream().anyMatch(c -> c.size() > 1), "some code has several contexts");

        // Codes the mapping lacks inherit the nearest mapped ancestor's type, or stay empty.
        for (CameoCode c : table.all().values()) {
            if (!types.containsKey(c.code())) {
                String parent = c.code();
                while (parent.length() > 2 && !types.containsKey(parent)) {
                    parent = parent.substring(0, parent.length() - 1);
                }
                String expected = types.containsKey(parent) ? table.get(parent).ploverType() : "";
                assertEquals(expected, c.ploverType(), "inherited PLOVER type of " + c.code());
                assertEquals("", c.ploverMode(), "an inherited mapping has no mode: " + c.code());
                assertEquals(List.of(), c.ploverContexts(), "an inherited mapping has no context: " + c.code());
            }
        }
    }

    @Test
    void readsAWellFormedTable() throws IOException {
        CameoTable small = read("# a comment\n\n" + HEADER + "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\t\n"
                + "19\tFight\t-10.0\t4\tASSAULT\t\tmilitary; legal\n");
        assertEquals(2, small.size());
        assertEquals("", small.get("19").ploverMode());
        assertEquals(List.of("military", "legal"), small.get("19").ploverContexts());
        assertEquals(List.of(), small.get("042").ploverContexts());
    }

    @Test
    void rejectsMalformedLinesNamingSourceAndLine() {
        assertRejected("# comment\n" + HEADER + "042\tMake a visit\t1.9\t1\tCONSULT\n", "bad.tsv:3:", "7 tab-separated");
        assertRejected(HEADER + "42x\tMake a visit\t1.9\t1\tCONSULT\tvisit\t\n", "bad.tsv:2:", "42x");
        assertRejected(HEADER + "042\tMake a visit\t19\t1\tCONSULT\tvisit\t\n", "bad.tsv:2:", "[-10, 10]");
        assertRejected(HEADER + "042\tMake a visit\tone\t1\tCONSULT\tvisit\t\n", "bad.tsv:2:", "Goldstein");
        assertRejected(HEADER + "042\tMake a visit\t1.9\t5\tCONSULT\tvisit\t\n", "bad.tsv:2:", "QuadClass");
        assertRejected(HEADER + "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\t\n\n"
                + "042\tHost a visit\t2.8\t1\tCONSULT\tvisit\t\n", "bad.tsv:4:", "duplicate code 042");
        assertRejected("code\tname\tweight\tquad_class\tplover_type\tplover_mode\tplover_context\n", "bad.tsv:1:", "header");
        assertRejected(HEADER + "042\t\t1.9\t1\tCONSULT\tvisit\t\n", "bad.tsv:2:", "empty name");
        assertRejected(HEADER + "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\tmilitary;;legal\n", "bad.tsv:2:",
                "empty PLOVER context");
    }

    private static void assertRejected(String text, String where, String what) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(where), "message should start with " + where + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(what), "message should mention " + what + ": " + e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static CameoTable read(String text) throws IOException {
        return CameoTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.tsv");
    }

    @Test
    void foreignCodesOnlyWhenAskedFor() {
        CameoTable table = CameoTable.builtIn();
        assertTrue(table.find("903").isEmpty(), "903 is no CAMEO code");
        org.parley.model.CameoCode foreign = table.withForeignCodes().find("903").orElseThrow();
        assertEquals(0, foreign.quadClass());
        assertEquals(0.0, foreign.goldstein());
        assertTrue(foreign.name().contains("Not a CAMEO code"));
        assertEquals(table.get("042"), table.withForeignCodes().get("042"), "CAMEO codes stay as they are");
        assertTrue(table.withForeignCodes().find("174K").isEmpty(), "only numeric codes");
    }
}
