package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.testing.SharedAnnotator;

/**
 * The reference article through the real NLP stage and the built-in resolver: every row of the actor table of
 * {@code ../shared/seed/EXPECTED.md}, and the geographic features and the named meeting that must not be actors.
 * Skipped when {@code ../shared} is absent.
 */
class ReferenceArticleTest {
    private static final Path ARTICLE = Path.of("../shared/seed/000_5dfa7096dc1e9eff.txt");

    private static AnnotatedDocument doc;
    private static List<ActorMention> mentions;
    private static LocalDate articleDate;
    private static long resolveNanos;

    @BeforeAll
    static void annotate() throws IOException {
        assumeTrue(Files.isRegularFile(ARTICLE), "reference article not present: " + ARTICLE.toAbsolutePath());
        Article article = read(ARTICLE);
        articleDate = article.date();
        doc = SharedAnnotator.get().annotate(article);
        long load = System.nanoTime();
        DictionaryActorResolver resolver = DictionaryActorResolver.builtIn();
        System.out.printf("loading the bundled dictionaries and building the trie: %.1f ms%n",
                (System.nanoTime() - load) / 1e6);
        long cold = System.nanoTime();
        resolver.resolve(doc);
        cold = System.nanoTime() - cold;
        for (int i = 0; i < 200; i++) {
            resolver.resolve(doc); // let the JIT compile the hot paths
        }
        long t0 = System.nanoTime();
        int runs = 200;
        for (int i = 0; i < runs; i++) {
            mentions = resolver.resolve(doc);
        }
        resolveNanos = (System.nanoTime() - t0) / runs;
        System.out.printf("resolve() on the reference article: first call %.3f ms, then %.3f ms (mean of %d runs)%n",
                cold / 1e6, resolveNanos / 1e6, runs);
        for (ActorMention m : mentions) {
            System.out.printf("  s%d [%d,%d) head=%d %-60s %-12s %-12s %s%n", m.sentence(), m.firstToken(),
                    m.endToken(), m.headToken(), m.text(), m.kind(), m.roleOn(articleDate).actor().code(), m.rule());
        }
    }

    /** The corpus line format: a first line {@code date YYYY-MM-DD title} (maybe after a space), then the body. */
    static Article read(Path file) throws IOException {
        String raw = Files.readString(file);
        int nl = raw.indexOf('\n');
        String first = raw.substring(0, nl).strip();
        String[] head = first.split(" ", 3);
        if (!head[0].equals("date")) {
            throw new IOException("first line must start with 'date': " + first);
        }
        List<String> lines = raw.substring(nl + 1).strip().lines().collect(Collectors.toList());
        String firstLine = lines.get(0).strip();
        if (firstLine.startsWith("By ") && !firstLine.matches(".*[.!?\"”]$")) {
            lines.remove(0); // a byline, which ingest drops
        }
        String body = String.join("\n", lines).strip();
        return new Article(file.getFileName().toString(), LocalDate.parse(head[1]), head.length > 2 ? head[2] : "",
                body, "", "", file.toString());
    }

    // ---- the actor table, row by row ----

    @Test
    void leeAndHisReferencesAreKorgov() {
        assertCode("KORGOV", 1, "South Korean President Lee Jae Myung");
        assertCode("KORGOV", 1, "his");
        assertCode("KORGOV", 2, "Lee");
        assertCode("KORGOV", 2, "his");
        assertCode("KORGOV", 8, "Lee administration");
        assertEquals(MentionKind.COREFERENCE, find(8, "Lee administration").kind());
    }

    @Test
    void beijingAndChinaAreChinaOrItsGovernment() {
        assertOneOf(Set.of("CHN", "CHNGOV"), find(1, "Beijing"));
        assertOneOf(Set.of("CHN", "CHNGOV"), find(8, "China"));
    }

    @Test
    void xiIsChngov() {
        assertCode("CHNGOV", 3, "Chinese President Xi Jinping");
        assertCode("CHNGOV", 11, "Xi");
    }

    @Test
    void titledOfficialsWithoutDictionaryEntriesGetCountryAndAgent() {
        ActorMention park = find(5, "South Korea’s First Vice Foreign Minister Park Yoon-joo");
        assertEquals("KORGOV", park.roleOn(articleDate).actor().code());
        assertEquals("Yoon-joo", doc.sentences().get(5).token(park.headToken()).word());
        assertCode("CHNGOV", 5, "Chinese Vice Foreign Minister Ma Zhaoxu");
    }

    @Test
    void moonIsKorgovIn2019AndKoreliToday() {
        ActorMention moon = find(2, "former President Moon Jae-in");
        assertEquals("KORGOV", moon.roleOn(LocalDate.of(2019, 6, 30)).actor().code());
        assertEquals("KORELI", moon.roleOn(articleDate).actor().code());
    }

    @Test
    void foreignMinistryAndOfficialsAreKorgov() {
        ActorMention ministry = find(6, "South Korea’s foreign ministry");
        assertEquals("KORGOV", ministry.roleOn(articleDate).actor().code());
        assertTrue(mentionsIn(6).stream().noneMatch(m -> m.roleOn(articleDate).actor().code().equals("KOR")),
                "no separate KOR mention for the possessor of the ministry");
        assertCode("KORGOV", 4, "South Korean officials");
    }

    @Test
    void kimAndPyongyangArePrkgov() {
        assertCode("PRKGOV", 10, "North Korean leader Kim Jong-un");
        assertCode("PRKGOV", 8, "Pyongyang");
        assertCode("PRKGOV", 11, "Pyongyang");
    }

    @Test
    void trumpIsUsagov() {
        assertCode("USAGOV", 10, "US President Donald Trump");
        ActorMention trump = find(10, "US President Donald Trump");
        assertEquals("USAGOV", trump.roleOn(LocalDate.of(2019, 6, 30)).actor().code());
        for (ActorMention m : mentionsIn(11)) {
            if (m.text().equals("Trump")) {
                assertEquals("USAGOV", m.roleOn(articleDate).actor().code());
            }
        }
        assertEquals(2, mentionsIn(11).stream().filter(m -> m.text().equals("Trump")).count());
    }

    @Test
    void theSpecialistIsChineseEducation() {
        ActorMention niu = find(9, "Niu Xiaoping");
        assertEquals("CHNEDU", niu.roleOn(articleDate).actor().code());
    }

    @Test
    void theTwoSidesAreBothGovernments() {
        List<ActorMention> sides = mentionsIn(6).stream().filter(m -> m.text().equals("the two sides")).toList();
        Set<String> codes = sides.stream().map(m -> m.roleOn(articleDate).actor().code()).collect(Collectors.toSet());
        assertEquals(Set.of("KORGOV", "CHNGOV"), codes);
        assertEquals(2, sides.size());
        assertTrue(sides.stream().noneMatch(m -> m.rule().contains("capital:")),
                "a titled official, not the place of the talks, stands for China: " + sides);
    }

    @Test
    void featuresAndTheNamedMeetingAreNoActors() {
        assertNoActorOver(6, "West Sea");
        assertNoActorOver(6, "Korean Peninsula");
        assertNoActorOver(9, "Korean Peninsula");
        assertNoActorOver(3, "APEC Economic Leaders’ Meeting");
    }

    @Test
    void theTitleResolvesLeeAgainstTheBody() {
        ActorMention lee = mentionsIn(0).stream().filter(m -> m.text().endsWith("Lee")).findFirst()
                .orElseThrow(() -> new AssertionError("no mention of Lee in the title: " + mentionsIn(0)));
        assertEquals("KORGOV", lee.roleOn(articleDate).actor().code());
        assertCode("CHN", 0, "China");
        assertCode("PRK", 0, "N Korea");
    }

    @Test
    void resolveIsFast() {
        assertTrue(resolveNanos < 50_000_000L, "resolve() took " + resolveNanos / 1e6 + " ms");
    }

    // ---- helpers ----

    private static List<ActorMention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    private static ActorMention find(int sentence, String text) {
        return mentionsIn(sentence).stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in sentence " + sentence + ": "
                        + mentionsIn(sentence).stream().map(ActorMention::text).toList()));
    }

    private static void assertCode(String code, int sentence, String text) {
        List<ActorMention> found = mentionsIn(sentence).stream().filter(m -> m.text().equals(text)).toList();
        if (found.isEmpty()) {
            fail("no mention '" + text + "' in sentence " + sentence + ": "
                    + mentionsIn(sentence).stream().map(ActorMention::text).toList());
        }
        for (ActorMention m : found) {
            assertEquals(code, m.roleOn(articleDate).actor().code(), "'" + text + "' in s" + sentence + " (" + m.rule() + ")");
        }
    }

    private static void assertOneOf(Set<String> codes, ActorMention m) {
        String code = m.roleOn(articleDate).actor().code();
        assertTrue(codes.contains(code), m.text() + " is " + code + ", expected one of " + codes);
    }

    private static void assertNoActorOver(int sentence, String phrase) {
        Sentence s = doc.sentences().get(sentence);
        int at = s.text().indexOf(phrase);
        assertTrue(at >= 0, "'" + phrase + "' not in sentence " + sentence);
        int begin = s.span().begin() + at;
        int end = begin + phrase.length();
        for (ActorMention m : mentionsIn(sentence)) {
            assertFalse(m.span().begin() < end && begin < m.span().end(),
                    "'" + phrase + "' overlaps the actor mention '" + m.text() + "' (" + m.rule() + ")");
        }
    }
}
