package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --actors}, {@code --agents}, {@code --dictionary-format} and {@code --no-builtin-actors}, end to end. */
class DictionaryOptionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    Path article;
    Path actors;

    @BeforeEach
    void files() throws Exception {
        article = dir.resolve("arda.txt");
        Files.writeString(article, "date 2015-08-13 War in the north\n\nArnor attacked Gondor on Monday.\n");
        actors = dir.resolve("arda.actors.txt");
        // governments, not countries: the NLP stage tags unknown names such as Arnor as persons, and a word tagged
        // PERSON is never read as a country ("Chad Smith")
        Files.writeString(actors, "# hand-written\nARNOR_ [ARNGOV]\nGONDOR_ [GONGOV]\n+MINAS_TIRITH\n");
    }

    @Test
    void aBrokenDictionaryIsABadUsageNamingTheFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.actors.txt");
        Files.writeString(bad, "ARNOR_ [ARN]\n+GONDOR [GON]\n");
        List<List<String>> commands = List.of(List.of("code"), List.of("annotate"),
                List.of("ingest", "--db", dir.resolve("x.duckdb").toString()));
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--actors", bad.toString(), article.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertTrue(r.err().contains("dictionary error: bad.actors.txt:2: a synonym line (+) takes no code"),
                    command + ": " + r.err());
        }
        Path agents = dir.resolve("bad.agents");
        Files.writeString(agents, "PRESIDENT [GOV]\n");
        CliRun r = CliRun.of("code", "--agents", agents.toString(), article.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("bad.agents:1: an agent code is written [~CODE]"), r.err());
    }

    @Test
    void optionsThatCannotWorkAreBadUsage() {
        CliRun none = CliRun.of("code", "--no-builtin-actors", article.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--no-builtin-actors needs at least one --actors or --agents file"), none.err());
        CliRun format = CliRun.of("code", "--dictionary-format", "xml", "--actors", actors.toString(), article.toString());
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("expected parley, petrarch or tabari"), format.err());
        CliRun missing = CliRun.of("code", "--actors", dir.resolve("nope.txt").toString(), article.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
        CliRun wrongKind = CliRun.of("code", "--actors", "src/test/resources/actors/agents-mini.tsv", article.toString());
        assertEquals(2, wrongKind.exit());
        assertTrue(wrongKind.err().contains("agents-mini.tsv:2: this is Parley's agents table"), wrongKind.err());
    }

    @Test
    void theUsersActorsCodeEventsTheBuiltInDictionariesCannot() throws Exception {
        CliRun plain = CliRun.of("code", "--format", "jsonl", article.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().isBlank(), "Arnor and Gondor are nobody to Parley's own dictionaries: " + plain.out());

        CliRun user = CliRun.of("code", "--format", "jsonl", "--no-builtin-actors", "--actors", actors.toString(),
                article.toString());
        assertEquals(0, user.exit(), user.err());
        assertTrue(user.err().contains("parley: actor dictionaries: arda.actors.txt (petrarch) only; 0 warnings"),
                user.err());
        List<JsonNode> events = user.out().lines().map(DictionaryOptionsTest::json).toList();
        assertEquals(1, events.size(), user.out());
        JsonNode e = events.get(0);
        assertEquals("ARNGOV", e.at("/source/code").asText());
        assertEquals("GONGOV", e.at("/target/code").asText());
        assertEquals("19", e.at("/cameo/root").asText());
        assertTrue(e.at("/evidence/dictionary_version").asText().endsWith("; actors: arda.actors.txt (petrarch) only"),
                e.at("/evidence/dictionary_version").asText());
    }

    @Test
    void caseBlindActorsMatchesPeerPhrasesInAnyCase() throws Exception {
        Path lower = dir.resolve("lower.txt");
        Files.writeString(lower, "date 2015-08-13 War in the north\n\nArnor attacked gondor on Monday.\n");
        CliRun plain = CliRun.of("code", "--format", "jsonl", "--no-builtin-actors", "--actors", actors.toString(),
                lower.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().isBlank(), "Parley's case rule: 'gondor' is no Gondor: " + plain.out());

        CliRun blind = CliRun.of("code", "--format", "jsonl", "--no-builtin-actors", "--actors", actors.toString(),
                "--case-blind-actors", lower.toString());
        assertEquals(0, blind.exit(), blind.err());
        assertTrue(blind.err().contains("(peer files in any case)"), blind.err());
        List<JsonNode> events = blind.out().lines().map(DictionaryOptionsTest::json).toList();
        assertEquals(1, events.size(), blind.out());
        assertEquals("GONGOV", events.get(0).at("/target/code").asText());
        assertTrue(events.get(0).at("/evidence/dictionary_version").asText().endsWith("; any case"));

        CliRun none = CliRun.of("code", "--case-blind-actors", lower.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--case-blind-actors applies to --actors and --agents files"), none.err());
    }

    @Test
    void keepDictionaryCodesKeepsActorCodesOutsideTheGroupsOfThree() throws Exception {
        Path own = dir.resolve("own.actors.txt");
        Files.writeString(own, "ARNOR_ [ARNGOV]\nGONDOR_ [GONNO]\n");
        CliRun plain = CliRun.of("code", "--format", "jsonl", "--no-builtin-actors", "--actors", own.toString(),
                article.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.err().contains("1 x code not in groups of three left out"), plain.err());
        assertTrue(plain.out().isBlank(), "without the option Gondor is nobody: " + plain.out());

        CliRun kept = CliRun.of("code", "--format", "jsonl", "--no-builtin-actors", "--actors", own.toString(),
                "--keep-dictionary-codes", article.toString());
        assertEquals(0, kept.exit(), kept.err());
        assertTrue(kept.err().contains("0 warnings"), kept.err());
        List<JsonNode> events = kept.out().lines().map(DictionaryOptionsTest::json).toList();
        assertEquals(1, events.size(), kept.out());
        assertEquals("GONNO", events.get(0).at("/target/code").asText());
        assertEquals("GON", events.get(0).at("/target/country").asText());
        assertEquals("NO", events.get(0).at("/target/sector").asText());
    }

    @Test
    void userDictionariesSitNextToTheBuiltInOnesAndWarningsAreSummarised() throws Exception {
        Path withWarnings = dir.resolve("more.actors.txt");
        Files.writeString(withWarnings, "ARNOR_ [ARNGOV]\nGRIMA_ [---]\n");
        Path mixed = dir.resolve("mixed.txt");
        Files.writeString(mixed, "date 2015-08-13 Talks\n\nArnor criticized China on Monday.\n");
        CliRun r = CliRun.of("annotate", "--format", "json", "--actors", withWarnings.toString(), mixed.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("more.actors.txt (petrarch), then Parley's own; 2 warnings"), r.err());
        assertTrue(r.err().contains("1 x null code [---] left out (first: more.actors.txt:2:"), r.err());
        JsonNode actorsSeen = json(r.out().strip()).get("sentences").get(1).get("actors");
        String all = actorsSeen.toString();
        assertTrue(all.contains("org:Arnor") && all.contains("country:China"), all);
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
