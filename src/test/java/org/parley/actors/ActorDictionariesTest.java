package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorRole;

/** The bundled dictionaries load, hold what the brief asks for, and keep their own rules. */
class ActorDictionariesTest {
    /** ISO codes of the 193 UN member states (Parley's CAMEO codes are the same for all of them). */
    static final List<String> UN_MEMBERS = List.of(
            "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB",
            "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM",
            "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE",
            "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI",
            "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND",
            "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR",
            "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV",
            "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM",
            "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY",
            "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP",
            "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN",
            "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA",
            "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE");

    private static ActorDictionaries d;

    @BeforeAll
    static void load() {
        d = ActorDictionaries.builtIn();
    }

    @Test
    void everyUnMemberObserverAndTheUsualTerritoriesArePresent() {
        assertEquals(193, Set.copyOf(UN_MEMBERS).size());
        for (String code : UN_MEMBERS) {
            assertTrue(d.countries().byCode(code).isPresent(), "missing UN member " + code);
        }
        for (String code : List.of("VAT", "PSE", "TWN", "KSV", "HKG", "MAC", "ESH", "PRI", "GRL")) {
            assertTrue(d.countries().byCode(code).isPresent(), "missing " + code);
        }
    }

    @Test
    void countryEntriesCarryTheBriefsShortFormsAndCapitals() {
        Country kor = d.countries().byCode("KOR").orElseThrow();
        assertTrue(kor.aliases().containsAll(List.of("S Korea", "Republic of Korea", "ROK")));
        assertTrue(kor.adjectives().containsAll(List.of("South Korean", "South Koreans")));
        Country usa = d.countries().byCode("USA").orElseThrow();
        assertTrue(usa.aliases().containsAll(List.of("US", "U.S.", "USA", "United States of America", "America")));
        assertTrue(usa.capitals().containsAll(List.of("Washington", "White House")));
        assertTrue(d.countries().byCode("RUS").orElseThrow().capitals().contains("Kremlin"));
        assertTrue(d.countries().byCode("GBR").orElseThrow().capitals().contains("Downing Street"));
        assertTrue(d.countries().byCode("PRK").orElseThrow().aliases().containsAll(List.of("N Korea", "DPRK")));
        assertTrue(d.countries().byCode("CHN").orElseThrow().cities().contains("Shanghai"));
    }

    @Test
    void organisationsUsePhoenixStyleCodes() {
        assertEquals("IGOUNO", code(d.organisations().byName("United Nations").orElseThrow().roles()));
        assertEquals("IGOWSTNAT", code(d.organisations().byName("NATO").orElseThrow().roles()));
        assertEquals("IGOSEAASN", code(d.organisations().byName("ASEAN").orElseThrow().roles()));
        assertTrue(d.organisations().byName("APEC").isPresent());
        assertTrue(d.organisations().size() >= 60, "only " + d.organisations().size() + " organisations");
        Organisation taliban = d.organisations().byName("Taliban").orElseThrow();
        assertEquals("AFGREB", roleOn(taliban.roles(), LocalDate.of(2020, 1, 1)));
        assertEquals("AFGGOV", roleOn(taliban.roles(), LocalDate.of(2022, 1, 1)));
    }

    @Test
    void agentsCoverTheCameoSectorsTheBriefNames() {
        Set<String> codes = d.agents().byCode().keySet();
        for (String c : List.of("GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD", "MED", "EDU", "BUS", "CVL", "REF",
                "LAB", "HLH", "ELI", "LEG", "SPY", "CRM")) {
            assertTrue(codes.contains(c), "no agent words for " + c);
        }
        assertEquals("GOV", d.agents().lookup("vice foreign minister").map(Agent::code).orElse("GOV"));
        assertEquals("GOV", d.agents().lookup("officials").orElseThrow().code());
        assertEquals("MIL", d.agents().lookup("defence ministry").orElseThrow().code());
        assertEquals("EDU", d.agents().lookup("specialist").orElseThrow().code());
        assertEquals("COP", d.agents().lookup("police").orElseThrow().code());
    }

    @Test
    void peopleHaveDatedRolesAsTheBriefAsks() {
        assertTrue(d.people().roleCount() >= 300, "only " + d.people().roleCount() + " role lines");
        Person lee = d.people().byName("Lee Jae Myung").orElseThrow();
        assertEquals("KORGOV", roleOn(lee.actorRoles(), LocalDate.of(2025, 6, 4)));
        Person moon = d.people().byName("Moon Jae-in").orElseThrow();
        assertEquals("KORGOV", roleOn(moon.actorRoles(), LocalDate.of(2017, 5, 10)));
        assertEquals("KORGOV", roleOn(moon.actorRoles(), LocalDate.of(2022, 5, 9)));
        assertEquals("KORELI", roleOn(moon.actorRoles(), LocalDate.of(2022, 5, 10)));
        Person trump = d.people().byName("Donald Trump").orElseThrow();
        assertEquals("USAGOV", roleOn(trump.actorRoles(), LocalDate.of(2019, 2, 27)));
        assertEquals("USAELI", roleOn(trump.actorRoles(), LocalDate.of(2023, 1, 1)));
        assertEquals("USAGOV", roleOn(trump.actorRoles(), LocalDate.of(2025, 1, 20)));
        assertEquals("PRKGOV", roleOn(d.people().byName("Kim Jong-un").orElseThrow().actorRoles(), LocalDate.of(2019, 1, 1)));
        for (String name : List.of("Xi Jinping", "Joe Biden", "Vladimir Putin", "Volodymyr Zelensky", "Yoon Suk Yeol")) {
            assertTrue(d.people().byName(name).isPresent(), "missing " + name);
        }
        assertTrue(d.people().byName("Ma Zhaoxu").isEmpty(), "the reference article expects Ma Zhaoxu in no dictionary");
        assertTrue(d.people().byName("Park Yoon-joo").isEmpty(), "the reference article expects Park Yoon-joo in no dictionary");
    }

    @Test
    void aLeaderWhoLeftOfficeHasARoleFromTheNextDay() {
        List<String> problems = new ArrayList<>();
        for (Person p : d.people().all()) {
            for (PersonRole r : p.roles()) {
                ActorRole role = r.role();
                boolean head = role.note().startsWith("head of state") || role.note().startsWith("head of government");
                if (!head || role.to() == null || r.source().contains("died")) {
                    continue;
                }
                LocalDate next = role.to().plusDays(1);
                boolean followed = p.roles().stream().anyMatch(o -> next.equals(o.role().from()));
                if (!followed) {
                    problems.add(p.name() + " left " + role.actor().code() + " on " + role.to());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aFormerHeadBecomesEliOfTheSameCountry() {
        for (Person p : d.people().all()) {
            List<PersonRole> roles = p.roles();
            for (int i = 0; i + 1 < roles.size(); i++) {
                ActorRole a = roles.get(i).role();
                ActorRole b = roles.get(i + 1).role();
                if (b.actor().sector().equals("ELI") && a.note().startsWith("head of") && a.to() != null
                        && b.from().equals(a.to().plusDays(1))) {
                    assertEquals(a.actor().country(), b.actor().country(), p.name());
                }
            }
        }
    }

    @Test
    void rolesOfNonStateRootsOrUnknownCountriesAreRejected() {
        Organisation bad = new Organisation("Nowhere Front", List.of(),
                List.of(ActorRole.always(Actor.of("XYZREB"))));
        assertThrows(IllegalArgumentException.class, () -> new ActorDictionaries(d.countries(),
                new OrganisationTable(List.of(bad)), d.agents(), d.people()));
    }

    @Test
    void withPutsTheGivenDictionariesFirstAndOfChecksNoRoots() {
        Organisation front = new Organisation("Nowhere Front", List.of(), List.of(ActorRole.always(Actor.of("XYZREB"))));
        ActorDictionaries user = ActorDictionaries.of(new CountryTable(List.of()),
                new OrganisationTable(List.of(front)), new AgentTable(List.of()), new PeopleTable(List.of()));
        ActorDictionaries both = d.with(user);
        assertEquals(2, both.layers().size());
        assertSame(user.organisations(), both.layers().get(0).organisations());
        assertSame(d.countries(), both.layers().get(1).countries());
        assertSame(user.organisations(), both.organisations(), "the accessors give the first layer");
        assertEquals(3, ActorDictionaries.empty().with(both).layers().size());
        assertEquals(1, d.layers().size());
    }

    private static String code(List<ActorRole> roles) {
        return roles.get(0).actor().code();
    }

    private static String roleOn(List<ActorRole> roles, LocalDate date) {
        return roles.stream().filter(r -> r.holdsOn(date)).findFirst().map(r -> r.actor().code()).orElse("none");
    }
}
