package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.testing.SharedAnnotator;

/**
 * The {@code actor_resolution} cases of PETRARCH-2's own tests ({@code petrarch2_pytest_cases.jsonl}) through the
 * real NLP stage and {@link DictionaryActorResolver} on the Phoenix dictionaries only (no built-in dictionaries: what
 * {@code --no-builtin-actors} gives). Each case's codes are taken on its date with {@link ActorMention#roleOn}.
 *
 * <p>PETRARCH's test asks for the meaning of the whole phrase; Parley gives one mention per actor. The phrase's
 * codes here are the distinct codes of its mentions, leaving out a mention that a preposition attaches to another
 * mention ("Iraq" in "the US commander in Iraq" only places the commander). The cases without a date were run by
 * PETRARCH with the date {@code 081315}, the 2015-08-13 of the dated cases; they are taken on that date here.
 */
class PetrarchActorResolutionTest {
    private static final Path CASES = Path.of(
            "../shared/evaldata/event_coding/petrarch_unittest/petrarch2_pytest_cases.jsonl");
    private static final Path PHOENIX = Path.of("../shared/evaldata/dictionaries/petrarch2_phoenix");
    private static final LocalDate UNDATED = LocalDate.of(2015, 8, 13);

    @Test
    void theNineActorResolutionCasesOnThePhoenixDictionariesAlone() throws IOException {
        assumeTrue(Files.isRegularFile(CASES), "shared reference data not present: " + CASES.toAbsolutePath());
        UserDictionaries phoenix = UserDictionaries.load(
                List.of(PHOENIX.resolve("Phoenix.Countries.actors.txt"), PHOENIX.resolve("Phoenix.International.actors.txt"),
                        PHOENIX.resolve("Phoenix.MilNonState.actors.txt")),
                List.of(PHOENIX.resolve("Phoenix.agents.txt")), DictionaryFormat.PETRARCH);
        DictionaryActorResolver resolver = new DictionaryActorResolver(phoenix.dictionaries());
        ObjectMapper mapper = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : Files.readAllLines(CASES)) {
            JsonNode c = mapper.readTree(line);
            if (!c.at("/notes/kind").asText().equals("actor_resolution")) {
                continue;
            }
            cases++;
            LocalDate date = c.get("date").asText().isEmpty() ? UNDATED : LocalDate.parse(c.get("date").asText());
            List<String> expected = new ArrayList<>();
            c.at("/notes/expected_actor_codes").forEach(n -> expected.add(n.asText()));
            Article article = new Article(c.get("id").asText(), date, "", c.get("text").asText(), "", "", "test");
            AnnotatedDocument doc = SharedAnnotator.get().annotate(article);
            List<ActorMention> mentions = resolver.resolve(doc);
            List<String> got = org.parley.eval.PhraseCodes.of(doc, mentions, date);
            String report = c.get("id").asText() + " '" + article.body() + "' on " + date + ": expected " + expected
                    + ", got " + got + " from " + mentions.stream().map(m -> m.text() + " (" + m.rule() + ")").toList();
            System.out.println((sorted(expected).equals(sorted(got)) ? "pass " : "FAIL ") + report);
            if (!sorted(expected).equals(sorted(got))) {
                failures.add(report);
            }
        }
        System.out.printf("actor_resolution: %d of %d cases pass%n", cases - failures.size(), cases);
        assertEquals(9, cases, "the suite has nine actor_resolution cases");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }
}
