package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TABARI actor files on a hand-written fixture ({@code src/test/resources/actors/tabari-mini.actors}). */
class TabariActorReaderTest {
    private final DictionaryFile f = TabariActorReader.read(Fixtures.path("tabari-mini.actors"));
    private final ActorDictionaries d = f.dictionaries();

    @Test
    void entriesWithSemicolonCommentsAndInLineDatedCodes() {
        assertEquals(DictionaryFormat.TABARI, f.format());
        assertEquals(List.of("Arnor", "Arnors", "Arnorian", "Arnorians"), d.countries().byCode("ARN").orElseThrow().names());
        Person elrond = d.people().byName("Elrond").orElseThrow();
        assertEquals(List.of("RIVGOV", "RIVELI"), elrond.actorRoles().stream().map(r -> r.actor().code()).toList());
        assertEquals(LocalDate.of(1991, 12, 26), elrond.actorRoles().get(0).to());
        Person thranduil = d.people().byName("Thranduil").orElseThrow();
        assertEquals(List.of("Elvenking"), thranduil.aliases());
        assertEquals(LocalDate.of(1995, 6, 1), thranduil.actorRoles().get(0).from(), "blanks around the dash are fine");
        assertEquals(LocalDate.of(1999, 8, 15), thranduil.actorRoles().get(0).to());
    }

    @Test
    void wordListsTheOtherControlCodeAndTheFinishLineAreReportedNotRead() {
        assertEquals(List.of(1, 5, 21), lines(DictionaryWarning.Kind.NOT_USED), "<NOUN>, <ADJECTIVE>, after ~~FINISH");
        assertTrue(f.warnings(DictionaryWarning.Kind.NOT_USED).get(0).message().contains("2 words"));
        assertEquals(List.of(16), lines(DictionaryWarning.Kind.CONTROL_CODE), "[+++]; [###] is read");
        assertEquals(List.of(16), lines(DictionaryWarning.Kind.NO_CODE));
        assertEquals(List.of(14), lines(DictionaryWarning.Kind.DUPLICATE), "TOM BOMBADIL is TOM_BOMBADIL for Parley");
        assertEquals("Watcher", d.countries().byCode("WCH").orElseThrow().name(), "the undated code stays");
        assertTrue(d.countries().byCode("XXX").isEmpty(), "commented out, and after ~~FINISH");
        assertTrue(d.organisations().byName("Hound").isEmpty() && d.countries().all().stream()
                .noneMatch(c -> c.names().contains("Hound")), "the <NOUN> list holds no actors");
    }

    @Test
    void theDiscardCodeIsARoleThatHoldsOverItsDates() {
        DictionaryFile two = TabariActorReader.read(Fixtures.text("NAZGUL_  [###]", "WATCHER  [### <890101] [WCH]",
                "GONDOR_  [GON]"), "discard.actors");
        assertTrue(two.warnings().isEmpty(), two.warnings().toString());
        DictionaryActorResolver r = new DictionaryActorResolver(two.dictionaries());
        for (String date : List.of("1988-06-01", "1995-06-01")) {
            List<org.parley.model.ActorMention> ms = r.resolve(Docs.on(date)
                    .sentence("the/DT Nazgul/NNP and/CC the/DT Watcher/NNP threatened/VBD Gondor/NNP").build());
            LocalDate day = LocalDate.parse(date);
            assertEquals(date.startsWith("1988") ? List.of("###", "###", "GON") : List.of("###", "WCH", "GON"),
                    ms.stream().map(m -> m.roleOn(day).actor().code()).toList(), date);
            assertTrue(ms.get(0).roleOn(day).actor().discards() && !ms.get(2).roleOn(day).actor().discards());
        }
    }

    @Test
    void phrasesWithoutAFinalUnderscoreEndInAStem() {
        assertTrue(f.warnings(DictionaryWarning.Kind.STEM).isEmpty(), "stems are read, not reported");
        assertEquals(java.util.Set.of(List.of("gondor"), List.of("watcher")), d.stems(), "no final _");
        DictionaryFile two = TabariActorReader.read(Fixtures.text("DURTHANG ORC  [MORORC]", "MINAS_TIRITH_  [GON]"),
                "s.actors");
        assertEquals(java.util.Set.of(List.of("durthang", "orc")), two.dictionaries().stems());
        assertTrue(PetrarchActorReader.read(Fixtures.text("GONDOR  [GON]"), "p.actors").dictionaries().stems()
                .isEmpty(), "PETRARCH has no stems");
    }

    @Test
    void aBlankBetweenWordsIsAGapAndAnUnderscoreIsNot() {
        DictionaryFile gap = TabariActorReader.read(Fixtures.text("DURTHANG ORC_  [MORORC]", "LORD OF THE_RINGS_  [LOR]",
                "MINAS_TIRITH_  [GON]"), "gap.actors");
        assertTrue(gap.warnings(DictionaryWarning.Kind.GAP).isEmpty(), "gaps are read, not reported");
        assertEquals("Durthang Orc", gap.dictionaries().organisations().all().get(0).name());
        assertEquals(java.util.Map.of(List.of("durthang", "orc"), List.of(1),
                List.of("lord", "of", "the", "rings"), List.of(1, 2)), gap.dictionaries().gaps());
        assertEquals(java.util.Map.of(List.of("durthang", "orc"), List.of(1)),
                PetrarchActorReader.read(Fixtures.text("DURTHANG ORC  [MORORC]", "MINAS_TIRITH  [GON]"), "p.actors")
                        .dictionaries().gaps(), "PETRARCH reads a blank as a gap too (its suite's disconnected phrases)");
    }

    @Test
    void aFinalEqualsSignMarksAWholeWord() {
        DictionaryFile eq = TabariActorReader.read(Fixtures.text("MOUSE= [MUS]", "ROHAN  [ROH]"), "eq.actors");
        assertTrue(eq.warnings(DictionaryWarning.Kind.BAD_PHRASE).isEmpty(), "'=' is TABARI's mark, not a character");
        assertEquals(List.of("Mouse", "Mouses"), eq.dictionaries().countries().byCode("MUS").orElseThrow().names());
        assertEquals(java.util.Set.of(List.of("rohan")), eq.dictionaries().stems(), "MOUSE= is no stem");
        DictionaryFile inside = TabariActorReader.read(Fixtures.text("MOU=SE [MUS]"), "in.actors");
        assertEquals(1, inside.warnings(DictionaryWarning.Kind.BAD_PHRASE).size(), "'=' inside a word stays unmatchable");
    }

    @Test
    void everyNameAlsoMatchesWithItsRegularNounEnding() {
        DictionaryFile ends = TabariActorReader.read(Fixtures.text("ROHAN  [ROH]", "LIBYA_  [LBY]",
                "DURTHANG_ORC_  [MORORC]", "EREBUS_  [ERB]", "MARSH_  [MRS]", "ENT_  [ENT]", "ENTS_  [ENS]", "UN_  [IGOUNO]", "THRANDUIL_  [MIRGOV 950601-990815]"), "e.actors");
        ActorDictionaries e = ends.dictionaries();
        assertEquals(List.of("Rohan"), e.countries().byCode("ROH").orElseThrow().names(), "a stem takes every ending");
        assertEquals(List.of("Libya", "Libyas"), e.countries().byCode("LBY").orElseThrow().names());
        assertEquals(List.of("Durthang Orc", "Durthang Orcs"), e.organisations().byName("Durthang Orc").orElseThrow()
                .names(), "the ending goes on the last word");
        assertEquals(List.of("Marsh", "Marshes"), e.countries().byCode("MRS").orElseThrow().names());
        assertEquals(List.of("Erebus"), e.countries().byCode("ERB").orElseThrow().names(), "no ending after s");
        assertEquals(List.of("Ent"), e.countries().byCode("ENT").orElseThrow().names(), "ENTS_ is an entry of its own");
        assertEquals(List.of("Ents"), e.countries().byCode("ENS").orElseThrow().names());
        assertEquals(1, e.organisations().all().stream().filter(o -> o.names().size() == 1
                && o.roles().get(0).actor().code().equals("IGOUNO")).count(), "no ending on two letters");
        assertEquals(List.of("Thranduil"), e.people().byName("Thranduil").orElseThrow().names(), "no plural of a person");
        assertTrue(ends.warnings(DictionaryWarning.Kind.DUPLICATE).isEmpty(), "an added ending is no phrase of the file");
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> TabariActorReader.read(Fixtures.text("<NOUN>", "HOUND"), "open.actors"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("open.actors:1: <NOUN> is never closed"), e.getMessage());
        e = assertThrows(DictionaryFormatException.class,
                () -> TabariActorReader.read(Fixtures.text("ARNOR_ [ARN]", "GONDOR_ [GON after 950601]"), "date.actors"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("cannot read 'after 950601'"), e.getMessage());
        DictionaryFile empty = TabariActorReader.read(Fixtures.text("GONDOR_ [GON <]", "+MINAS_TIRITH_"), "e.actors");
        assertEquals(1, empty.warnings(DictionaryWarning.Kind.BAD_DATE).size(), "an empty date: left out, as PETRARCH");
        assertEquals(1, empty.warnings(DictionaryWarning.Kind.NO_CODE).size());
    }

    @Test
    void aNullCodeBesideOtherCodesNamesNoActorWhileItHoldsButStillBlocksThePhrasesInside() {
        DictionaryFile dated = TabariActorReader.read(Fixtures.text("DUKE OF_BELFALAS_  [--- <950630] [XBL]",
                "BELFALAS_  [BFS]", "GONDOR_  [GON]"), "dated.actors");
        assertTrue(dated.warnings(DictionaryWarning.Kind.NULL_CODE).isEmpty(), dated.warnings().toString());
        Person duke = dated.dictionaries().people().byName("Duke of Belfalas").orElseThrow();
        assertEquals(org.parley.model.Actor.NONE, duke.roles().get(0).role().actor());
        assertTrue(dated.dictionaries().countries().byCode("XBL").isEmpty(),
                "a place that is no actor at some dates is no country name at every date");
        DictionaryActorResolver r = new DictionaryActorResolver(dated.dictionaries());
        assertEquals(List.of("GON"), codes(r, "1995-01-01"), "no actor before the day, and not Belfalas either");
        assertEquals(List.of("XBL", "GON"), codes(r, "1995-07-01"), "the limit day is still inside");
        DictionaryFile only = TabariActorReader.read(Fixtures.text("BOROMIR_  [---]", "GONDOR_  [GON]"), "o.actors");
        assertEquals(1, only.warnings(DictionaryWarning.Kind.NULL_CODE).size(), "an entry that is never an actor");
        assertTrue(only.dictionaries().people().byName("Boromir").isEmpty());
    }

    private static List<String> codes(DictionaryActorResolver r, String date) {
        return r.resolve(Docs.on(date).sentence("the/DT Duke/NNP of/IN Belfalas/NNP met/VBD "
                + "Gondor/NNP").build()).stream().map(m -> m.roleOn(LocalDate.parse(date)).actor().code()).toList();
    }

    private List<Integer> lines(DictionaryWarning.Kind kind) {
        return f.warnings(kind).stream().map(DictionaryWarning::line).toList();
    }

    @Test
    void anOrganisationNamedAfterAPlaceOfTheFileMatchesItsOtherWordsInAnyCase() {
        DictionaryFile f = TabariActorReader.read(Fixtures.text("ITHILEN  [ITH]", "ITHILEN_GOVERNMENT_RADIO_  [ITHRAD]",
                "ARGENTIN  [ARG]", "ARGENTINE_NAVY_  [ARGNAV]", "ISLAMIC_STATE_  [IMGISI]"),
                "place.actors");
        List<String> names = f.dictionaries().organisations().all().stream().map(Organisation::name).toList();
        assertEquals(List.of("Ithilen government radio", "Argentine navy", "Islamic State"), names,
                "after a place (also a stem's word) the words are lower-case; a name that starts with no place keeps "
                        + "its capitals");
        assertEquals(List.of("Ithilen government radio", "Ithilen government radios"), f.dictionaries().organisations()
                .all().get(0).names(), "the noun ending too");
        Lexicon lexicon = new Lexicon(f.dictionaries());
        LexMatch m = lexicon.match(Docs.on("2000-01-01").sentence("Ithilen/NNP government/NN radio/NN said/VBD").build()
                .sentences().get(0))[0];
        assertEquals(3, m.end(), "the longer phrase wins over the place");
        assertEquals(null, lexicon.match(Docs.on("2000-01-01").sentence("an/DT Islamic/JJ state/NN").build()
                .sentences().get(0))[1], "'an Islamic state' is no group");
    }
}
