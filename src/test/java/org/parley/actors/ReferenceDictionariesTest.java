package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Span;

/**
 * Every real PETRARCH and TABARI dictionary of {@code ../shared} loads without error, and a few entries read as the
 * files mean them. Skipped when the shared folder is absent.
 */
class ReferenceDictionariesTest {
    private static final Path PHOENIX = Path.of("../shared/evaldata/dictionaries/petrarch2_phoenix");
    private static final Path PETR = Path.of("../shared/evaldata/event_coding/petrarch_unittest/dictionaries");
    private static final Path TABARI = Path.of("../shared/evaldata/event_coding/tabari_validation");

    private static Path shared(Path dir, String name) {
        Path p = dir.resolve(name);
        assumeTrue(Files.isRegularFile(p), "shared reference data not present: " + p.toAbsolutePath());
        return p;
    }

    @Test
    void phoenixCountriesDatedEntriesGiveDifferentCodesOnDifferentDates() {
        DictionaryFile f = PetrarchActorReader.read(shared(PHOENIX, "Phoenix.Countries.actors.txt"));
        ActorDictionaries d = f.dictionaries();
        assertTrue(d.people().size() > 15000, "people: " + d.people().size());
        assertTrue(d.countries().size() > 190, "countries: " + d.countries().size());

        List<ActorRole> carl = d.people().byName("Carl XVI Gustaf").orElseThrow().actorRoles();
        assertEquals("SWEGOV", on(carl, "2015-08-13"));
        assertEquals("SWEELI", on(carl, "1972-08-13"));
        assertEquals("SWEELI", on(carl, "1901-08-13"), "no dated code holds: the default");
        assertEquals(LocalDate.of(2000, 1, 1), carl.get(0).to(), "000101: two-digit year 00 is 2000");

        List<ActorRole> obama = d.people().byName("Barack Obama").orElseThrow().actorRoles();
        assertEquals("USAGOV", on(obama, "2009-01-20"));
        assertEquals("USAELI", on(obama, "1999-12-31"));
        assertTrue(d.people().byName("Barack Obama").orElseThrow().aliases().contains("Obama"));

        Country usa = d.countries().byCode("USA").orElseThrow();
        assertTrue(usa.names().contains("United States of America") && usa.names().contains("Us"), usa.names().toString());
        assertEquals("SYR", d.countries().byCode("SYR").orElseThrow().code());
    }

    @Test
    void phoenixDatedPlacesAndPetrarchsReadingOfOddDates() {
        DictionaryFile f = PetrarchActorReader.read(shared(PHOENIX, "Phoenix.Countries.actors.txt"));
        Organisation iraq = f.dictionaries().organisations().byName("Iraq").orElseThrow();
        assertEquals(List.of("IRQ", "IRQOCC", "IRQ"), iraq.roles().stream().map(r -> r.actor().code()).toList());
        assertEquals("IRQ", on(iraq.roles(), "1990-08-02"));
        assertEquals("IRQOCC", on(iraq.roles(), "2004-06-30"));
        assertEquals("IRQ", on(iraq.roles(), "2015-08-13"));
        assertTrue(f.dictionaries().countries().byCode("IRQ").orElseThrow().names().contains("Baghdad"),
                "the dated place is also a country for 'Iraqi police'");
        assertEquals(LocalDate.of(1920, 3, 3), iraq.roles().get(1).from(), "1920030320: the first eight digits");
        assertTrue(f.warnings(DictionaryWarning.Kind.DATE_DIGITS).stream().anyMatch(w -> w.line() == 22508),
                f.warnings(DictionaryWarning.Kind.DATE_DIGITS).toString());
        assertTrue(f.warnings(DictionaryWarning.Kind.NULL_CODE).stream().anyMatch(w -> w.line() == 14241));
        Organisation isis = f.dictionaries().organisations().byName("the Islamic State").orElseThrow();
        assertEquals("IMGMUSISI", on(isis.roles(), "2015-08-13"));
    }

    @Test
    void aDatedPlaceIsADatedActorAloneAndACountryBeforeAnAgentWord() {
        UserDictionaries u = UserDictionaries.load(List.of(shared(PHOENIX, "Phoenix.Countries.actors.txt")),
                List.of(shared(PHOENIX, "Phoenix.agents.txt")), null);
        List<ActorMention> ms = new DictionaryActorResolver(u.dictionaries())
                .resolve(Docs.on("2004-06-30").sentence("Iraqi/JJ police/NN left/VBD Iraq/NNP").build());
        assertEquals(List.of("Iraqi police", "Iraq"), ms.stream().map(ActorMention::text).toList());
        assertEquals("IRQCOP", ms.get(0).roleOn(LocalDate.of(2004, 6, 30)).actor().code());
        assertEquals("IRQOCC", ms.get(1).roleOn(LocalDate.of(2004, 6, 30)).actor().code());
        assertEquals("IRQ", ms.get(1).roleOn(LocalDate.of(2010, 1, 1)).actor().code());
    }

    @Test
    void phoenixInternationalMilitantsAndAgents() {
        ActorDictionaries intl = PetrarchActorReader.read(shared(PHOENIX, "Phoenix.International.actors.txt"))
                .dictionaries();
        assertEquals("IGOWSTNAT", intl.organisations().byName("Nato").orElseThrow().roles().get(0).actor().code());
        assertTrue(intl.organisations().byName("Nato").orElseThrow().aliases()
                .contains("North Atlantic Treaty Organization"));
        Person annan = intl.people().byName("Kofi Annan").orElseThrow();
        assertEquals("IGOUNO", on(annan.actorRoles(), "2000-01-01"));
        assertEquals("ELI", on(annan.actorRoles(), "2010-01-01"), "the default [ELI] after his term");

        ActorDictionaries mil = PetrarchActorReader.read(shared(PHOENIX, "Phoenix.MilNonState.actors.txt"))
                .dictionaries();
        assertEquals("NGAREB", mil.organisations().byName("Boko Haram").orElseThrow().roles().get(0).actor().code());

        DictionaryFile agents = PetrarchAgentReader.read(shared(PHOENIX, "Phoenix.agents.txt"));
        AgentTable a = agents.dictionaries().agents();
        assertTrue(a.size() > 3000, "agents: " + a.size());
        assertEquals("GOV", a.lookup("president").orElseThrow().code());
        assertEquals("MIL", a.lookup("commander").orElseThrow().code());
        assertEquals("REB", a.lookup("rebels").orElseThrow().code());
        assertEquals(AgentKind.BODY, a.lookup("foreign ministry").orElseThrow().kind());
        assertTrue(a.lookup("observers in").orElseThrow().prefix(), "[IGO~]");
        assertEquals("ENV", a.lookup("deparment of environment").orElseThrow().code(), "[~ENV} read with a warning");
        assertEquals(1, agents.warnings(DictionaryWarning.Kind.REPAIRED).size());
        assertEquals(1, agents.warnings(DictionaryWarning.Kind.NO_CODE).size(), "ISLAMIC_EXTREMIST has no code");
    }

    @Test
    void petrarchsOwnValidationDictionaries() {
        DictionaryFile actors = PetrarchActorReader.read(shared(PETR, "PETR.Validate.actors.txt"));
        Person gollum = actors.dictionaries().people().byName("Gollum").orElseThrow();
        assertEquals(List.of("Smeagol", "Slinker", "Stinker"), gollum.aliases());
        assertEquals("HOB", on(gollum.actorRoles(), "1995-05-31"));
        assertEquals("HOBGOV", on(gollum.actorRoles(), "1997-01-01"));
        assertEquals("HOBREB", on(gollum.actorRoles(), "2001-01-01"));
        Person sam = actors.dictionaries().people().byName("Sam Gamgee").orElseThrow();
        assertEquals("ORCHOB", on(sam.actorRoles(), "2010-01-10"), "listed first, it overrides the next restriction");
        assertEquals("HOBMIL", on(sam.actorRoles(), "2010-01-13"));
        assertTrue(actors.warnings(DictionaryWarning.Kind.COMPOUND_CODE).isEmpty(), "THE_SHIRE [FRO/BIL/SAM] is read");
        Organisation shire = actors.dictionaries().organisations().byName("the Shire").orElseThrow();
        assertTrue(shire.group());
        assertEquals(List.of("FRO", "BIL", "SAM"), shire.roles().stream().map(r -> r.actor().code()).toList());
        DictionaryFile agents = PetrarchAgentReader.read(shared(PETR, "PETR.Validate.agents.txt"));
        assertEquals("LEG", agents.dictionaries().agents().lookup("congressmen").orElseThrow().code());
        assertEquals("GOV", agents.dictionaries().agents().lookup("ministry of silly walks").orElseThrow().code());
    }

    @Test
    void tabarisDemoActorsAndValidationAgents() {
        DictionaryFile actors = TabariActorReader.read(shared(TABARI, "TABARI.Demo.actors"));
        Organisation zimbabwe = actors.dictionaries().organisations().byName("Zimbabwe").orElseThrow();
        assertEquals("RHO", on(zimbabwe.roles(), "1979-06-06"));
        assertEquals("ZBW", on(zimbabwe.roles(), "1980-01-01"));
        assertTrue(actors.dictionaries().countries().byCode("ZBW").isPresent());
        assertTrue(actors.dictionaries().stems().size() > 50);
        assertEquals(2, actors.warnings(DictionaryWarning.Kind.NOT_USED).size(), "<NOUN> and <ADJECTIVE>");
        DictionaryFile agents = TabariAgentReader.read(shared(TABARI, "Validate.agents"));
        assertEquals("NGOSYR", agents.dictionaries().agents().lookup("human rights body").orElseThrow().codeFor("SYR"));
        assertEquals("ELI", agents.dictionaries().agents().lookup("former defence minister").orElseThrow().code());
    }

    @Test
    void theFormatOfEachRealFileIsDetected() {
        UserDictionaries u = UserDictionaries.load(
                List.of(shared(PETR, "PETR.Validate.actors.txt"), shared(TABARI, "TABARI.Demo.actors")),
                List.of(shared(PETR, "PETR.Validate.agents.txt"), shared(TABARI, "Validate.agents")), null);
        assertEquals(List.of(DictionaryFormat.PETRARCH, DictionaryFormat.TABARI, DictionaryFormat.PETRARCH,
                DictionaryFormat.TABARI), u.files().stream().map(DictionaryFile::format).toList());
    }

    static String on(List<ActorRole> roles, String date) {
        return new ActorMention(0, 0, 1, 0, "x", new Span(0, 1), MentionKind.PERSON, roles, "test")
                .roleOn(LocalDate.parse(date)).actor().code();
    }
}
