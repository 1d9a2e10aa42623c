package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorMention;

/** Loading a user's files, each a layer, and putting them next to Parley's own dictionaries. */
class UserDictionariesTest {
    @TempDir
    Path dir;

    @Test
    void filesAreLayersInTheOrderGivenAndLaterDefinitionsOfAPhraseAreReported() {
        UserDictionaries u = UserDictionaries.load(
                List.of(Fixtures.path("petrarch-mini.actors.txt"), Fixtures.path("tabari-mini.actors")),
                List.of(Fixtures.path("petrarch-mini.agents.txt")), null);
        assertEquals(List.of(DictionaryFormat.PETRARCH, DictionaryFormat.TABARI, DictionaryFormat.PETRARCH),
                u.files().stream().map(DictionaryFile::format).toList());
        assertEquals(3, u.dictionaries().layers().size());
        assertEquals("Arnor", u.dictionaries().countries().byCode("ARN").orElseThrow().name(), "first layer first");
        List<DictionaryWarning> dup = u.warnings().stream()
                .filter(w -> w.kind() == DictionaryWarning.Kind.DUPLICATE && w.file().equals("tabari-mini.actors")
                        && w.message().contains("already defined in "))
                .toList();
        assertEquals(List.of(8, 9, 10, 15), dup.stream().map(DictionaryWarning::line).toList(), dup.toString());
        assertTrue(dup.get(0).message().contains("already defined in petrarch-mini.actors.txt:"), dup.get(0).message());
        assertEquals("petrarch-mini.actors.txt (petrarch), tabari-mini.actors (tabari), petrarch-mini.agents.txt "
                + "(petrarch)", u.describe());
        int total = u.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(u.warnings().size(), total);
        assertEquals(u.counts().size(), u.summary().size());
        assertTrue(u.summary().stream().anyMatch(l -> l.startsWith(u.counts().get(DictionaryWarning.Kind.DUPLICATE)
                + " x phrase defined twice")), u.summary().toString());
    }

    @Test
    void codesOutsideTheGroupsOfThreeAreLeftOutUnlessKeptAsWritten() throws IOException {
        Path file = dir.resolve("own-codes.actors");
        Files.writeString(file, "GONDOR_  [GON]\nGONDOR_TELEVISION_  [GONTV]\nNORTH_HARAD_  [HARNO]\n"
                + "SOUTH_HARAD_  [HAR-SO]\n");
        for (DictionaryFormat format : List.of(DictionaryFormat.TABARI, DictionaryFormat.PETRARCH)) {
            DictionaryFile plain = UserDictionaries.readActors(file, format);
            assertEquals(List.of(2, 3, 4), plain.warnings(DictionaryWarning.Kind.BAD_CODE).stream()
                    .map(DictionaryWarning::line).toList(), format.name());
            assertEquals(List.of("GON"), codes(plain, "Gondor/NNP Television/NNP and/CC North/NNP Harad/NNP met/VBD"), format.name());

            DictionaryFile kept = UserDictionaries.readActors(file, format, true);
            List<DictionaryWarning> bad = kept.warnings(DictionaryWarning.Kind.BAD_CODE);
            assertEquals(List.of(4), bad.stream().map(DictionaryWarning::line).toList(), "a dash is still no code");
            assertTrue(bad.get(0).message().contains("three-character root"), bad.get(0).message());
            assertEquals(List.of("GONTV", "HARNO"), codes(kept, "Gondor/NNP Television/NNP and/CC North/NNP Harad/NNP met/VBD"),
                    format.name());
        }
        UserDictionaries u = UserDictionaries.load(List.of(file), List.of(), DictionaryFormat.TABARI, true);
        assertEquals(List.of(DictionaryWarning.Kind.BAD_CODE, DictionaryWarning.Kind.NO_CODE),
                u.warnings().stream().map(DictionaryWarning::kind).toList(), "only the dashed code is left out");
    }

    /** The codes of the actors a file finds in a hand-tagged sentence. */
    private static List<String> codes(DictionaryFile f, String spec) {
        List<ActorMention> ms = new DictionaryActorResolver(f.dictionaries()).resolve(Docs.on("2020-01-01")
                .sentence(spec).build());
        return ms.stream().map(m -> m.roles().get(0).actor().code()).toList();
    }

    @Test
    void aGivenFormatIsUsedForEveryFile() {
        UserDictionaries u = UserDictionaries.load(List.of(Fixtures.path("tabari-mini.actors")), List.of(),
                DictionaryFormat.PETRARCH);
        assertEquals(DictionaryFormat.PETRARCH, u.files().get(0).format());
        assertTrue(u.files().get(0).warnings(DictionaryWarning.Kind.STEM).isEmpty(), "PETRARCH does not stem");
    }

    @Test
    void parleysOwnTablesAreRecognisedByTheirHeader() {
        UserDictionaries u = UserDictionaries.load(
                List.of(Fixtures.path("countries-mini.tsv"), Fixtures.path("people-mini.tsv")),
                List.of(Fixtures.path("agents-mini.tsv")), null);
        assertEquals(List.of(DictionaryFormat.PARLEY, DictionaryFormat.PARLEY, DictionaryFormat.PARLEY),
                u.files().stream().map(DictionaryFile::format).toList());
        List<ActorDictionaries> layers = u.dictionaries().layers();
        assertTrue(layers.get(0).countries().byCode("KOR").isPresent());
        assertTrue(layers.get(1).people().byName("Moon Jae-in").isPresent());
        assertEquals("GOV", layers.get(2).agents().lookup("president").orElseThrow().code());
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> UserDictionaries.load(List.of(Fixtures.path("agents-mini.tsv")), List.of(), null));
        assertTrue(e.getMessage().startsWith("agents-mini.tsv:2: this is Parley's agents table; give it as an agent file"),
                e.getMessage());
        e = assertThrows(DictionaryFormatException.class, () -> UserDictionaries.load(List.of(),
                List.of(Fixtures.path("people-mini.tsv")), null));
        assertTrue(e.getMessage().contains("give it as an actor file"), e.getMessage());
    }

    @Test
    void theUsersMeaningOfAPhraseHidesTheBuiltInOneAndOtherWordsKeepTheirs() throws IOException {
        Path file = dir.resolve("kabul.actors.txt");
        Files.writeString(file, "KABUL_ [AFGREB] # the user's view\n");
        UserDictionaries u = UserDictionaries.load(List.of(file), List.of(), null);
        DictionaryActorResolver both = new DictionaryActorResolver(ActorDictionaries.builtIn().with(u.dictionaries()));
        List<ActorMention> ms = both.resolve(Docs.on("2020-01-01").sentence("Kabul/NNP and/CC Beijing/NNP").build());
        assertEquals(List.of("AFGREB", "CHNGOV"), ms.stream().map(m -> m.roles().get(0).actor().code()).toList());
        List<ActorMention> alone = new DictionaryActorResolver(u.dictionaries())
                .resolve(Docs.on("2020-01-01").sentence("Kabul/NNP and/CC Beijing/NNP").build());
        assertEquals(List.of("AFGREB"), alone.stream().map(m -> m.roles().get(0).actor().code()).toList(),
                "without the built-in dictionaries Beijing is nobody");
        List<ActorMention> builtIn = DictionaryActorResolver.builtIn()
                .resolve(Docs.on("2020-01-01").sentence("Kabul/NNP and/CC Beijing/NNP").build());
        assertEquals("AFGGOV", builtIn.get(0).roles().get(0).actor().code(), "Parley's own reading of Kabul");
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThrows(UncheckedIOException.class,
                () -> UserDictionaries.load(List.of(dir.resolve("nope.txt")), List.of(), null));
    }

    @Test
    void caseBlindDictionariesMatchPeerFilesInAnyCaseAndParleyTablesAsWritten() {
        UserDictionaries u = UserDictionaries.load(
                List.of(Fixtures.path("tabari-mini.actors"), Fixtures.path("countries-mini.tsv")),
                List.of(Fixtures.path("petrarch-mini.agents.txt")), null);
        assertEquals(List.of(false, false, false), u.dictionaries().layers().stream().map(ActorDictionaries::anyCase)
                .toList());
        assertEquals(List.of(true, false, true), u.caseBlindDictionaries().layers().stream()
                .map(ActorDictionaries::anyCase).toList());
        assertEquals(u.dictionaries().toString(), u.caseBlindDictionaries().toString(), "the same tables");
    }
}
