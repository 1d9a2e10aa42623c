package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorRole;

/** PETRARCH actor files on hand-written fixtures ({@code src/test/resources/actors/petrarch-*.actors.txt}). */
class PetrarchActorReaderTest {
    private final DictionaryFile mini = PetrarchActorReader.read(Fixtures.path("petrarch-mini.actors.txt"));
    private final ActorDictionaries d = mini.dictionaries();

    @Test
    void anEntryWithOneUndatedRootIsACountryAndEveryPhraseIsOneOfItsNames() {
        Country arn = d.countries().byCode("ARN").orElseThrow();
        assertEquals("Arnor", arn.name());
        assertEquals(List.of("Arnorian", "Fornost", "Northern Dunedain"), arn.aliases(),
                "synonyms and a second entry with the same code pool into one country");
        assertEquals(List.of("Gondor", "Minas Tirith"), d.countries().byCode("GON").orElseThrow().names());
    }

    @Test
    void datedCodesMakeAPersonWhoseRoleIsPickedByTheDate() {
        Person elessar = d.people().byName("King Elessar").orElseThrow();
        assertEquals(List.of("Aragorn", "Strider"), elessar.aliases());
        List<ActorRole> roles = elessar.actorRoles();
        assertEquals(List.of("ARNREB", "GONGOV", "GONELI", "GON"), roles.stream().map(r -> r.actor().code()).toList(),
                "dated codes in file order, then the default");
        assertEquals(LocalDate.of(1931, 9, 21), roles.get(0).to(), "<310921: up to that day; 31 is after the pivot");
        assertEquals(LocalDate.of(2029, 12, 31), roles.get(1).to(), "29 is 2029: two-digit years up to 30 are 20YY");
        assertEquals(LocalDate.of(2030, 1, 1), roles.get(2).from(), ">300101: from that day, 2030");
        assertEquals(null, roles.get(3).from());
        assertEquals("ARNREB", on(roles, "1931-09-20"));
        assertEquals("ARNREB", on(roles, "1931-09-21"), "both limits count; on a shared day the first code wins");
        assertEquals("GONGOV", on(roles, "1931-09-22"));
        assertEquals("GONELI", on(roles, "2031-01-01"));
        assertTrue(roles.get(1).note().contains("petrarch-mini.actors.txt:19"), roles.get(1).note());
        assertEquals("petrarch-mini.actors.txt:15", elessar.roles().get(0).source());
    }

    @Test
    void anEntryWithoutCodesSharesTheCodesOfTheNextEntryAsInPetrarch() {
        Person elders = d.people().byName("Rivendell Elders").orElseThrow();
        assertEquals(List.of("Elders of Rivendell", "Elrond"), elders.aliases());
        assertEquals(List.of("RIVGOV", "RIVELI"), elders.actorRoles().stream().map(r -> r.actor().code()).toList(),
                "TABARI's in-line dated codes on the entry line are read too");
        assertEquals(LocalDate.of(2030, 1, 1), elders.actorRoles().get(0).to());
    }

    @Test
    void otherEntriesAreOrganisationsAndGroupNamesWithDatesStayOrganisations() {
        Organisation council = d.organisations().byName("the White Council").orElseThrow();
        assertEquals(List.of("White Council"), council.aliases());
        assertEquals(LocalDate.of(1900, 1, 1), council.roles().get(0).from(), "eight-digit dates are YYYYMMDD");
        assertEquals("IMGMUSRAH", d.organisations().byName("al-Rahim Brigade").orElseThrow().roles().get(0).actor().code());
        assertEquals("ARNMIL", d.organisations().byName("Rangers of the North").orElseThrow().roles().get(0).actor().code());
        assertTrue(d.people().byName("the White Council").isEmpty());
    }

    @Test
    void aPlaceWithDatedRootsIsAnOrganisationWithItsDatesAndACountryWithItsLatestRoot() {
        Organisation zirak = d.organisations().byName("Zirak Zigil").orElseThrow();
        assertEquals(List.of("DWR", "KHZ"), zirak.roles().stream().map(r -> r.actor().code()).toList());
        assertEquals("Zirak Zigil", d.countries().byCode("KHZ").orElseThrow().name());
        assertTrue(d.countries().byCode("DWR").isEmpty());
    }

    @Test
    void phrasesAreCapitalizedWordsWithParticlesInLowerCase() {
        assertEquals("Northern Dunedain", Phrases.actorName(Phrases.words("NORTHERN_DUNEDAIN_")));
        assertEquals("the United Nations", Phrases.actorName(Phrases.words("THE_UNITED NATIONS_")));
        assertEquals("al-Qaeda", Phrases.actorName(Phrases.words("AL-QAEDA")));
        assertEquals("The", Phrases.actorName(Phrases.words("THE")), "a particle alone is capitalized");
        assertEquals("Mr. Obama", Phrases.actorName(Phrases.words("MR._OBAMA_")));
        assertEquals("Carl XVI Gustaf", Phrases.actorName(Phrases.words("CARL_XVI_GUSTAF_")), "Roman numerals");
        assertEquals("Xavier I", Phrases.actorName(Phrases.words("XAVIER_I")), "one letter is no numeral here");
        assertEquals(List.of("EDUCATION", ",", "SCIENCE"), Phrases.words("EDUCATION,_SCIENCE"));
    }

    @Test
    void theStopLineEndsTheFileWithAWarningForWhatFollows() {
        assertTrue(d.organisations().byName("Nothing After the Stop").isEmpty());
        assertEquals(1, mini.warnings().size(), mini.warnings().toString());
        DictionaryWarning w = mini.warnings().get(0);
        assertEquals(DictionaryWarning.Kind.NOT_USED, w.kind());
        assertEquals(38, w.line());
        assertEquals("petrarch-mini.actors.txt", w.file());
    }

    @Test
    void aCompoundCodeMakesAGroupThatIsOneMentionPerActor() {
        DictionaryFile f = PetrarchActorReader.read(Fixtures.text("THE_BENELUX  [BEL/NLD/LUX]", "FRANCE  [FRA]"),
                "group.actors.txt");
        Organisation benelux = f.dictionaries().organisations().all().get(0);
        assertTrue(benelux.group());
        assertEquals(List.of("BEL", "NLD", "LUX"), benelux.roles().stream().map(r -> r.actor().code()).toList());
        assertTrue(f.warnings().isEmpty(), f.warnings().toString());
        DictionaryActorResolver r = new DictionaryActorResolver(f.dictionaries());
        List<org.parley.model.ActorMention> ms = r.resolve(Docs.on("2020-01-01")
                .sentence("the/DT Benelux/NNP thanked/VBD France/NNP").build());
        assertEquals(List.of("BEL", "NLD", "LUX", "FRA"), ms.stream().map(m -> m.roles().get(0).actor().code()).toList());
        assertEquals(ms.get(0).span(), ms.get(2).span(), "the group's mentions cover the same words");
    }

    @Test
    void everyConstructParleyDoesNotUseIsReportedWithItsLine() {
        DictionaryFile f = PetrarchActorReader.read(Fixtures.path("petrarch-warnings.actors.txt"));
        assertEquals(List.of(2), lines(f, DictionaryWarning.Kind.NULL_CODE));
        assertEquals(List.of(3), lines(f, DictionaryWarning.Kind.CONTROL_CODE));
        assertEquals(List.of(4), lines(f, DictionaryWarning.Kind.COMPOUND_CODE));
        assertEquals(List.of(5), lines(f, DictionaryWarning.Kind.BAD_CODE));
        assertEquals(List.of(2, 3, 4, 5, 19), lines(f, DictionaryWarning.Kind.NO_CODE));
        assertEquals(List.of(6), lines(f, DictionaryWarning.Kind.CODE_CASE));
        assertEquals(List.of(7), lines(f, DictionaryWarning.Kind.DUPLICATE));
        assertEquals(List.of(9, 12, 13), lines(f, DictionaryWarning.Kind.BAD_DATE));
        assertEquals(List.of(10, 11), lines(f, DictionaryWarning.Kind.DATE_DIGITS));
        assertEquals(List.of(14, 15, 17), lines(f, DictionaryWarning.Kind.REPAIRED));
        assertEquals(List.of(16), lines(f, DictionaryWarning.Kind.EXTRA_DEFAULT));
        assertEquals(List.of(18), lines(f, DictionaryWarning.Kind.BAD_PHRASE));
        assertEquals(21, f.warnings().size(), f.warnings().toString());

        ActorDictionaries w = f.dictionaries();
        assertEquals(List.of("Osgiliath"), w.countries().byCode("OSG").orElseThrow().names(), "[osg] read as OSG");
        Person osg = w.people().byName("Osgiliathian").orElseThrow();
        assertEquals(List.of("OSGREB", "OSGMIL", "OSGOPP", "OSGLEG"),
                osg.actorRoles().stream().map(r -> r.actor().code()).toList());
        assertEquals(LocalDate.of(1999, 8, 22), osg.actorRoles().get(0).from(), "7 digits: the first six, as PETRARCH");
        assertEquals(LocalDate.of(2010, 5, 1), osg.actorRoles().get(1).from(), "9 digits: the first eight");
        assertEquals(List.of("Bree", "Barliman Butterbur"), w.countries().byCode("BRE").orElseThrow().names());
        assertTrue(w.people().byName("Grima").isEmpty() && w.organisations().byName("Grima").isEmpty()
                && w.countries().all().stream().noneMatch(c -> c.names().contains("Grima")));
    }

    @Test
    void aLineThatCannotBeReadStopsLoadingWithTheFileAndLine() {
        fails("+ARAGORN", 1, "synonym line (+) before any entry");
        fails("ARNOR [ARN]\n\tARN", 2, "an indented line must hold codes");
        fails("ARNOR [ARN", 1, "'[' without a closing ']'");
        fails("ARNOR\n\t[ARN soon]", 2, "cannot read 'soon'");
        fails("ARNOR [ARN]\n+FORNOST [ARN]", 2, "a synonym line (+) takes no code");
        fails("ARNOR []", 1, "empty code");
        fails("[ARN]", 1, "a code must follow a phrase");
        fails("\t[ARN]", 1, "a code line before any entry");
        fails("<!--\nARNOR [ARN]", 1, "never closed");
        fails("</NOUN>", 1, "closes a list that was not opened");
        fails("ARNOR [ARN]\n\n[<2000]", 3, "a code must follow a phrase");
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> PetrarchActorReader.read(
                new ByteArrayInputStream(new byte[] {'A', ' ', '[', 'A', 'R', 'N', ']', '\n', (byte) 0xC3}), "bad.txt"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("bad.txt:2: not valid UTF-8"), e.getMessage());
    }

    private static void fails(String text, int line, String problem) {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> PetrarchActorReader.read(Fixtures.text(text.split("\n", -1)), "bad.actors"), text);
        assertEquals("bad.actors", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.actors:" + line + ": ") && e.getMessage().contains(problem),
                e.getMessage());
    }

    private static List<Integer> lines(DictionaryFile f, DictionaryWarning.Kind kind) {
        return f.warnings(kind).stream().map(DictionaryWarning::line).toList();
    }

    private static String on(List<ActorRole> roles, String date) {
        Actor a = new org.parley.model.ActorMention(0, 0, 1, 0, "x", new org.parley.model.Span(0, 1),
                org.parley.model.MentionKind.PERSON, roles, "test").roleOn(LocalDate.parse(date)).actor();
        return a.code();
    }

    @Test
    void anOrganisationNamedAfterAPlaceOfTheFileSpellsItsOtherWordsInLowerCase() {
        DictionaryFile f = PetrarchActorReader.read(Fixtures.text("AFGHANISTAN_  [AFG]", "+AFGHAN_",
                "AFGHAN_NATIONAL_ARMY  [AFGMIL]", "NATIONAL_ARMY_OF_AFGHANISTAN [AFGMIL]"), "p.actors");
        assertEquals(List.of("Afghan national army", "National Army of Afghanistan"), f.dictionaries().organisations()
                .all().stream().map(Organisation::name).toList());
    }
}
