package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class ArticleReaderTest {
    private static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 1, 15);

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ArticleReaderTest.class.getResource("/ingest/" + name).toURI());
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static List<ReadResult> all(Stream<ReadResult> results) {
        try (results) {
            return results.toList();
        }
    }

    private static Article article(ReadResult result) {
        return assertInstanceOf(ReadResult.Read.class, result, () -> "expected an article, got " + result).article();
    }

    private static IngestError error(ReadResult result) {
        return assertInstanceOf(ReadResult.Failed.class, result, () -> "expected a failure, got " + result).error();
    }

    private static Article onlyArticle(Stream<ReadResult> results) {
        List<ReadResult> list = all(results);
        assertEquals(1, list.size(), () -> "results: " + list);
        return article(list.get(0));
    }

    private static IngestError onlyError(Stream<ReadResult> results) {
        List<ReadResult> list = all(results);
        assertEquals(1, list.size(), () -> "results: " + list);
        return error(list.get(0));
    }

    // ---- the three formats -----------------------------------------------------------------------------------

    @Test
    void readsACorpusLineFile() throws Exception {
        Path file = fixture("corpus.txt");
        Article article = onlyArticle(reader.read(file));
        assertEquals(LocalDate.of(2024, 3, 5), article.date());
        assertEquals("Ministers meet in Geneva over water rights", article.title());
        assertEquals("GENEVA - Ministers from two river states met on Tuesday to discuss sharing the river's water.\n\n"
                + "The talks, the third this year, ended without a joint statement.\n"
                + "A spokesman said a further round would follow in April.", article.body());
        assertEquals(ArticleIds.of(article.title(), article.body()), article.id());
        assertEquals(file.toString(), article.origin());
        assertEquals("", article.source());
        assertEquals("", article.url());
    }

    @Test
    void aCorpusLineTitleMayBeEmpty() throws IOException {
        Article article = onlyArticle(reader.read(write("untitled.txt", "date 2024-01-02\nTroops withdrew.\n")));
        assertEquals("", article.title());
        assertEquals("Troops withdrew.", article.body());
        assertEquals(LocalDate.of(2024, 1, 2), article.date());
    }

    @Test
    void readsPlainTextWithTheDefaultDate() throws Exception {
        Article article = onlyArticle(new ArticleReader(DEFAULT_DATE).read(fixture("plain.txt")));
        assertEquals(DEFAULT_DATE, article.date());
        assertEquals("", article.title());
        assertEquals("Protesters gathered outside parliament on Monday, demanding the resignation of the interior"
                + " minister.\n\nPolice used tear gas to disperse the crowd.", article.body());
        assertEquals(ArticleIds.of("", article.body()), article.id());
    }

    @Test
    void plainTextWithoutADefaultDateFails() throws IOException {
        Path file = write("x.txt", "Protesters gathered on Monday.\n");
        IngestError error = onlyError(reader.read(file));
        assertEquals(file.toString(), error.origin());
        assertEquals("plain text needs a date: pass --date YYYY-MM-DD", error.reason());
        assertEquals(file + ": plain text needs a date: pass --date YYYY-MM-DD", error.message());
    }

    @Test
    void readsJsonLinesOneArticlePerLine() throws Exception {
        Path file = fixture("articles.jsonl");
        List<ReadResult> results = all(reader.read(file));
        assertEquals(3, results.size(), () -> "results: " + results);

        Article first = article(results.get(0));
        assertEquals("wire-001", first.id());
        assertEquals(LocalDate.of(2024, 6, 1), first.date());
        assertEquals("Leaders sign trade pact", first.title());
        assertEquals("The two leaders signed a trade pact on Saturday.", first.body());
        assertEquals("Example Wire", first.source());
        assertEquals("https://example.org/a/1", first.url());
        assertEquals(file + ":1", first.origin());

        Article second = article(results.get(1));
        assertEquals(file + ":3", second.origin(), "line numbers count the skipped blank line");
        assertEquals("Border guards exchanged fire overnight.\n\nNo casualties were reported.", second.body());
        assertEquals(ArticleIds.of("", second.body()), second.id());

        Article third = article(results.get(2));
        assertEquals(file + ":4", third.origin());
        assertEquals("Talks resume", third.title());
    }

    @Test
    void aTxtFileHoldingJsonLinesIsReadAsJsonLines() throws Exception {
        Path file = fixture("records.txt");
        List<ReadResult> results = all(reader.read(file));
        assertEquals(2, results.size());
        assertEquals("The cabinet approved the budget.", article(results.get(0)).body());
        assertEquals(file + ":2", article(results.get(1)).origin());
        assertEquals(LocalDate.of(2024, 7, 2), article(results.get(1)).date());
    }

    @Test
    void aFileWithoutAnExtensionIsDetectedByContent() throws IOException {
        Article article = onlyArticle(reader.read(write("story", "date 2024-05-05 Vote delayed\nThe vote was delayed.")));
        assertEquals("Vote delayed", article.title());
    }

    // ---- normalization and ids -------------------------------------------------------------------------------

    @Test
    void crlfInputReadsLikeLfInput() throws IOException {
        String lf = "date 2024-02-02 Envoy visits Kabul\n\nThe envoy arrived on Friday.\n\nHe met officials.\n";
        Article fromLf = onlyArticle(reader.read(write("lf.txt", lf)));
        Article fromCrlf = onlyArticle(reader.read(write("crlf.txt", lf.replace("\n", "\r\n"))));
        assertEquals("The envoy arrived on Friday.\n\nHe met officials.", fromCrlf.body());
        assertEquals("Envoy visits Kabul", fromCrlf.title());
        assertEquals(fromLf.body(), fromCrlf.body());
        assertEquals(fromLf.id(), fromCrlf.id());
    }

    @Test
    void theSameArticleGetsTheSameIdEveryTime() throws IOException {
        String text = "date 2024-02-02 Envoy visits Kabul\nThe envoy arrived on Friday.\n";
        Path a = write("a.txt", text);
        Path b = write("copy/b.txt", "\n\n" + text.replace("\n", "   \r\n") + "\n\n");
        Path c = write("c.txt", text.replace("Friday", "Saturday"));
        String id = onlyArticle(reader.read(a)).id();
        assertEquals(id, onlyArticle(reader.read(a)).id());
        assertEquals(id, onlyArticle(reader.read(b)).id());
        assertNotEquals(id, onlyArticle(reader.read(c)).id());
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() throws IOException {
        byte[] text = "date 2024-02-02 Title\nBody.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Article article = onlyArticle(reader.read(write("bom.txt", withBom)));
        assertEquals("Title", article.title());
        assertEquals(LocalDate.of(2024, 2, 2), article.date());
    }

    // ---- bad input -------------------------------------------------------------------------------------------

    @Test
    void anEmptyFileFails() throws IOException {
        Path file = write("empty.txt", "");
        assertEquals(file + ": file is empty", onlyError(reader.read(file)).message());
    }

    @Test
    void aWhitespaceOnlyFileFails() throws IOException {
        Path file = write("blank.txt", " \n\t\r\n  \n");
        assertEquals("file contains only whitespace", onlyError(new ArticleReader(DEFAULT_DATE).read(file)).reason());
        Path jsonl = write("blank.jsonl", "\n\n");
        assertEquals("file contains only whitespace", onlyError(reader.read(jsonl)).reason());
    }

    @Test
    void aFileWithoutADateLineIsPlainTextAndNeedsADate() throws IOException {
        Path file = write("nodate.txt", "Ministers meet in Geneva\n\nThe ministers met on Tuesday.\n");
        assertEquals("plain text needs a date: pass --date YYYY-MM-DD", onlyError(reader.read(file)).reason());
        Article withDefault = onlyArticle(new ArticleReader(DEFAULT_DATE).read(file));
        assertEquals("Ministers meet in Geneva\n\nThe ministers met on Tuesday.", withDefault.body());
        assertEquals("", withDefault.title());
    }

    @Test
    void anImpossibleDateFails() throws IOException {
        Path file = write("news.txt", "date 2025-13-45 Some title\nBody.\n");
        IngestError error = onlyError(new ArticleReader(DEFAULT_DATE).read(file));
        assertEquals(file + ": impossible date '2025-13-45' in first line (expected 'date YYYY-MM-DD <title>')",
                error.message());
    }

    @Test
    void aMalformedDateFails() throws IOException {
        Path file = write("news.txt", "date 27/12/2025 Some title\nBody.\n");
        assertEquals("malformed date '27/12/2025' in first line (expected 'date YYYY-MM-DD <title>')",
                onlyError(reader.read(file)).reason());
    }

    @Test
    void aDateLineWithoutBodyFails() throws IOException {
        Path file = write("headline.txt", "date 2025-12-27 Only a headline\n\n  \n");
        assertEquals("no body text after the date line", onlyError(reader.read(file)).reason());
    }

    @Test
    void binaryDataFails() throws IOException {
        Path file = write("image.txt", new byte[] {'d', 'a', 't', 'a', 0, 1, 2, 3});
        assertEquals(file + ": binary data, not text (NUL byte at offset 4)",
                onlyError(new ArticleReader(DEFAULT_DATE).read(file)).message());
    }

    @Test
    void invalidUtf8Fails() throws IOException {
        byte[] bytes = "date 2025-12-27 T\nCaf\u00E9 talks\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("b.txt", bytes);
        assertEquals(file + ": not UTF-8 text (invalid byte at offset 21)", onlyError(reader.read(file)).message());
    }

    @Test
    void aTwentyMegabyteArticleFails() throws IOException {
        byte[] bytes = new byte[20 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 'a');
        byte[] head = "date 2025-12-27 Big\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Path file = write("big.txt", bytes);
        assertEquals(file + ": article is 20.0 MB, over the 5 MB limit", onlyError(reader.read(file)).message());
    }

    @Test
    void theSizeLimitAppliesToEachJsonLine() throws IOException {
        String big = "{\"date\": \"2024-01-01\", \"text\": \"" + "x".repeat(2000) + "\"}";
        String small = "{\"date\": \"2024-01-02\", \"text\": \"Short.\"}";
        Path file = write("big.jsonl", big + "\n" + small + "\n");
        List<ReadResult> results = all(new ArticleReader(null, 1000).read(file));
        assertEquals(2, results.size());
        assertEquals(file + ":1: article is " + big.length() + " bytes, over the 1000-byte limit",
                error(results.get(0)).message());
        assertEquals("Short.", article(results.get(1)).body());
    }

    @Test
    void aLineThatIsNotJsonDoesNotStopTheOtherLines() throws Exception {
        Path file = fixture("one-bad-line.jsonl");
        List<ReadResult> results = all(reader.read(file));
        assertEquals(3, results.size(), () -> "results: " + results);
        assertEquals("First good record.", article(results.get(0)).body());
        IngestError bad = error(results.get(1));
        assertEquals(file + ":2", bad.origin());
        assertEquals("not valid JSON: Unexpected end-of-input: expected close marker for Object", bad.reason());
        assertEquals("Third good record.", article(results.get(2)).body());
    }

    @Test
    void badJsonLinesEachNameTheirLine() throws IOException {
        byte[] utf8Lines = (String.join("\n",
                "{\"date\": \"2024-01-01\", \"text\": \"Good.\"}",
                "[\"not\", \"an\", \"object\"]",
                "{\"text\": \"No date.\"}",
                "{\"date\": \"2025-13-45\", \"text\": \"Bad date.\"}",
                "{\"date\": \"2024-01-01\", \"text\": 5}") + "\n").getBytes(StandardCharsets.UTF_8);
        // Line 6 is Latin-1, so its \u00E9 is a lone 0xE9 byte: not UTF-8.
        String line6 = "{\"date\": \"2024-01-01\", \"text\": \"Caf\u00E9\"}";
        byte[] latinLine = line6.getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(utf8Lines, utf8Lines.length + latinLine.length);
        System.arraycopy(latinLine, 0, bytes, utf8Lines.length, latinLine.length);
        Path file = write("a.jsonl", bytes);
        long badByteOffset = utf8Lines.length + line6.indexOf('\u00E9');

        List<ReadResult> results = all(reader.read(file));
        assertEquals(6, results.size(), () -> "results: " + results);
        article(results.get(0));
        assertEquals(file + ":2: expected a JSON object, found array", error(results.get(1)).message());
        assertEquals(file + ":3: missing required field 'date'", error(results.get(2)).message());
        assertEquals(file + ":4: impossible date '2025-13-45' in field 'date' (expected YYYY-MM-DD)",
                error(results.get(3)).message());
        assertEquals(file + ":5: field 'text' must be a string, found number", error(results.get(4)).message());
        assertEquals(file + ":6: not UTF-8 text (invalid byte at offset " + badByteOffset + ")",
                error(results.get(5)).message());
    }

    @Test
    void aMissingPathIsAFailureNotAnException() throws IOException {
        Path missing = dir.resolve("nowhere/news.txt");
        assertEquals(missing + ": no such file or directory", onlyError(reader.read(missing)).message());

        Path good = write("good.txt", "date 2024-01-01 T\nBody.\n");
        List<Path> paths = List.of(missing, good);
        assertEquals(paths, reader.expand(paths));
        List<ReadResult> results = all(reader.readAll(paths));
        assertEquals(2, results.size());
        assertEquals(missing.toString(), error(results.get(0)).origin());
        assertEquals(good.toString(), article(results.get(1)).origin());
    }

    @Test
    void aFolderWithGoodAndBadFilesGivesBoth() throws IOException {
        Path bad = write("news/a-bad.txt", "date 2025-13-45 T\nBody.\n");
        Path good = write("news/b-good.txt", "date 2024-01-01 T\nBody.\n");
        Path jsonl = write("news/c/feed.jsonl", "{\"date\": \"2024-01-02\", \"text\": \"One.\"}\nnot json\n");
        write("news/.hidden.txt", "date 2024-01-01 Hidden\nBody.\n");
        write("news/.cache/d.txt", "date 2024-01-01 Hidden\nBody.\n");

        List<ReadResult> results = all(reader.readAll(List.of(dir.resolve("news"))));
        assertEquals(4, results.size(), () -> "results: " + results);
        assertEquals(bad.toString(), error(results.get(0)).origin());
        assertEquals(good.toString(), article(results.get(1)).origin());
        assertEquals(jsonl + ":1", article(results.get(2)).origin());
        assertEquals(jsonl + ":2", error(results.get(3)).origin());

        assertEquals(results, all(reader.read(dir.resolve("news"))), "reading the folder directly gives the same");
    }

    @Test
    void foldersAreWalkedRecursivelyInNameOrderSkippingHiddenEntries() throws IOException {
        Path z = write("in/z.txt", "x");
        Path b = write("in/b.txt", "x");
        Path ay = write("in/a/y.txt", "x");
        Path acx = write("in/a/c/x.txt", "x");
        write("in/a/.secret.txt", "x");
        write("in/.git/config", "x");
        Path explicitHidden = write(".notes.txt", "x");
        Path missing = dir.resolve("missing.txt");

        List<Path> files = reader.expand(List.of(dir.resolve("in"), explicitHidden, missing));
        assertEquals(List.of(acx, ay, b, z, explicitHidden, missing), files);
    }

    @Test
    void jsonLinesAreReadLazily() throws IOException {
        Path file = write("live.jsonl", "{\"date\": \"2024-01-01\", \"text\": \"First.\"}\n");
        try (Stream<ReadResult> results = reader.read(file)) {
            Iterator<ReadResult> it = results.iterator();
            assertEquals("First.", article(it.next()).body());
            // A reader that loaded the file up front would never see this line.
            Files.writeString(file, "{\"date\": \"2024-01-02\", \"text\": \"Appended.\"}\n", StandardOpenOption.APPEND);
            assertTrue(it.hasNext());
            assertEquals("Appended.", article(it.next()).body());
            assertTrue(!it.hasNext());
        }
    }

    @Test
    void rejectsABadSizeLimit() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleReader(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new ArticleReader(null, Long.MAX_VALUE));
        assertEquals(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, new ArticleReader().maxArticleBytes());
        assertEquals(5L * 1024 * 1024, ArticleReader.DEFAULT_MAX_ARTICLE_BYTES);
        assertTrue(new ArticleReader().defaultDate().isEmpty());
        assertEquals(DEFAULT_DATE, new ArticleReader(DEFAULT_DATE).defaultDate().orElseThrow());
    }

    // ---- the reference article -------------------------------------------------------------------------------

    @Test
    void readsTheSeedArticle() {
        Path seed = Path.of("../shared/seed/000_5dfa7096dc1e9eff.txt");
        assumeTrue(Files.isRegularFile(seed), "reference data not present: " + seed.toAbsolutePath());
        Article article = onlyArticle(reader.read(seed));
        assertEquals(LocalDate.of(2025, 12, 27), article.date());
        assertEquals("S Korea\u2019s Lee to Court China on N Korea and Economic Stability During January Visit",
                article.title());
        // the byline "By Staff, Agencies" is dropped: the body starts with the story's first sentence
        assertTrue(article.body().startsWith("South Korean President Lee Jae Myung"), () -> article.body().substring(0, 40));
        assertEquals(seed.toString(), article.origin());
        assertEquals(ArticleIds.of(article.title(), article.body()), article.id());
    }
}
