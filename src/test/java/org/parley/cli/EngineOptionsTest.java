package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --verbs, --no-builtin-verbs and --discards on the commands that code (the real engine, loaded once per JVM). */
class EngineOptionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ARTICLE = "date 2025-05-16 Test\n\nIndonesia condemned Brazil on Monday.\n";
    private static final String VERBS = "# a PETRARCH verb dictionary\n--- CONDEMN [122] ---\nCONDEMN\n";

    @TempDir
    Path dir;

    /** The events' source and target codes, as {@code SRC>TGT}. */
    private List<String> dyads(CliRun r) {
        return events(r).stream().map(e -> e.at("/source/code").asText() + ">" + e.at("/target/code").asText())
                .toList();
    }

    private List<JsonNode> events(CliRun r) {
        return r.out().lines().map(l -> {
            try {
                return MAPPER.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void verbsFromAFileReplaceTheBuiltInOnes() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path verbs = Files.writeString(dir.resolve("mine.verbs"), VERBS);
        CliRun r = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                article.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("mine.verbs (petrarch): 1 patterns"), r.err());
        List<JsonNode> events = events(r);
        assertEquals(1, events.size(), r.out());
        assertEquals("122", events.get(0).at("/cameo/code").asText());
        assertTrue(events.get(0).toString().contains("mine.verbs:3 CONDEMN"), "the rule names file and line");
        CliRun builtIn = CliRun.of("code", "--format", "jsonl", article.toString());
        assertTrue(events(builtIn).stream().noneMatch(e -> e.at("/cameo/code").asText().equals("122")), builtIn.out());
    }

    @Test
    void aDiscardListSilencesTheStory() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path discards = Files.writeString(dir.resolve("discards.txt"), "+INDONESIA\n");
        CliRun r = CliRun.of("code", "--format", "jsonl", "--discards", discards.toString(), article.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("discards.txt: 1 phrases"), r.err());
        assertEquals("", r.out().strip());
    }

    @Test
    void minimumWordsAndADefaultSourceChangeWhatIsCoded() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE
                + "\nThe statement also condemned Brazil for the raid on Monday.\n");
        Path verbs = Files.writeString(dir.resolve("mine.verbs"), VERBS);
        CliRun plain = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                article.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(List.of("IDN"), events(plain).stream().map(e -> e.at("/source/code").asText()).toList());
        CliRun set = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--min-words", "6", "--default-source", "idngov", article.toString());
        assertEquals(0, set.exit(), set.err());
        List<JsonNode> events = events(set);
        assertEquals(1, events.size(), "the five-word sentence is not coded: " + set.out());
        assertEquals("IDNGOV", events.get(0).at("/source/code").asText());
        assertEquals("BRA", events.get(0).at("/target/code").asText());
        CliRun bad = CliRun.of("code", "--default-target", "XY", article.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--default-target: actor code must have at least three letters"), bad.err());
    }

    @Test
    void oneSidedEventsAndAgentsOfUnknownCountryAreOptions() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"),
                "date 2025-05-16 Test\n\nThe police condemned the decision of Brazil and Indonesia on Monday.\n");
        Path verbs = Files.writeString(dir.resolve("mine.verbs"), VERBS);
        CliRun plain = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                article.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(List.of(), events(plain), "a bare agent word is no actor by default");
        CliRun agents = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--unknown-country-agents", article.toString());
        assertEquals(0, agents.exit(), agents.err());
        assertEquals(List.of("---COP>BRA", "---COP>IDN"), dyads(agents));
        Path alone = Files.writeString(dir.resolve("b.txt"),
                "date 2025-05-16 Test\n\nIndonesia condemned the decision on Monday.\n");
        CliRun dyad = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--require-dyad", alone.toString());
        assertEquals(List.of(), events(dyad));
        CliRun oneSided = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--no-require-dyad", alone.toString());
        assertEquals(0, oneSided.exit(), oneSided.err());
        assertEquals(List.of("IDN>---"), dyads(oneSided));
    }

    @Test
    void passiveNeedsByReadsAnAgentlessPassiveAsActive() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"),
                "date 2025-05-16 Test\n\nIndonesia was condemned over its dispute with Brazil on Monday.\n");
        Path verbs = Files.writeString(dir.resolve("mine.verbs"), VERBS);
        CliRun plain = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                article.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(List.of(), events(plain), "Indonesia is the one condemned, by nobody named");
        CliRun petrarch = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--passive-needs-by", article.toString());
        assertEquals(0, petrarch.exit(), petrarch.err());
        assertEquals(List.of("IDN>BRA"), dyads(petrarch));
    }

    @Test
    void newActorLengthNamesAnUncodedSubjectByItsWords() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"),
                "date 2025-05-16 Test\n\nThe harbour board condemned Brazil on Monday.\n");
        Path verbs = Files.writeString(dir.resolve("mine.verbs"), VERBS);
        CliRun plain = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                article.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(List.of(), events(plain), "an uncoded phrase is no actor by default");
        CliRun named = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--new-actor-length", "4", article.toString());
        assertEquals(0, named.exit(), named.err());
        List<JsonNode> events = events(named);
        assertEquals(1, events.size(), named.out());
        JsonNode source = events.get(0).get("source");
        assertEquals("THE HARBOUR BOARD", source.get("code").asText());
        assertEquals("---", source.get("country").asText());
        assertEquals("", source.get("sector").asText());
        assertEquals("The harbour board", source.get("text").asText());
        assertEquals("BRA", events.get(0).at("/target/code").asText());
        CliRun shorter = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--new-actor-length", "2", article.toString());
        assertEquals(List.of(), events(shorter), "three words are more than two");
        CliRun bad = CliRun.of("code", "--new-actor-length", "-1", article.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--new-actor-length must be 0 or more"), bad.err());
    }

    @Test
    void badUseAndBadFilesAreReported() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        CliRun none = CliRun.of("code", "--no-builtin-verbs", article.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--no-builtin-verbs needs at least one --verbs FILE"), none.err());
        CliRun missing = CliRun.of("annotate", "--verbs", dir.resolve("nope.verbs").toString(), article.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("cannot read the verb dictionary"), missing.err());
        Path bad = Files.writeString(dir.resolve("bad.verbs"), "--- A [064] ---\nA\n- * X\n");
        Path expected = Files.writeString(dir.resolve("expected.jsonl"), "");
        CliRun malformed = CliRun.of("check", article.toString(), "--expected", expected.toString(), "--verbs",
                bad.toString());
        assertEquals(1, malformed.exit());
        assertTrue(malformed.err().contains("bad.verbs:3: pattern without [CODE]"), malformed.err());
    }

    @Test
    void codeBySentenceKeepsTheFirstEventOnly() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "date 2025-05-16 Test\n\n"
                + "Indonesia condemned Brazil on Monday, but Brazil condemned Indonesia.\n");
        Path verbs = Files.writeString(dir.resolve("mine.verbs"), VERBS);
        CliRun all = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                article.toString());
        assertEquals(0, all.exit(), all.err());
        assertEquals(2, events(all).size(), all.out());
        CliRun first = CliRun.of("code", "--format", "jsonl", "--no-builtin-verbs", "--verbs", verbs.toString(),
                "--code-by", "sentence", article.toString());
        assertEquals(0, first.exit(), first.err());
        List<JsonNode> events = events(first);
        assertEquals(1, events.size(), first.out());
        assertEquals("IDN", events.get(0).at("/source/code").asText());
        CliRun bad = CliRun.of("code", "--code-by", "word", article.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--code-by: unknown coding scope 'word'"), bad.err());
    }
}
