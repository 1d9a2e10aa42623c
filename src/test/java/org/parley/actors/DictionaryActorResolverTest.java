package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.MentionKind;

/** The phrase rules and the traps of the brief, on hand-built sentences and the bundled dictionaries. */
class DictionaryActorResolverTest {

    private static Resolved one(String sentence) {
        return Resolved.of(Docs.on("2025-12-27").sentence(sentence));
    }

    // ---- countries, nationalities, capitals ----

    @Test
    void countryNameIsTheBareCountry() {
        Resolved r = one("China/NNP/LOCATION criticized/VBD Japan/NNP/LOCATION ./.");
        assertEquals(List.of("CHN"), r.codes("China"));
        assertEquals(List.of("JPN"), r.codes("Japan"));
        assertEquals(MentionKind.COUNTRY, r.one("China").kind());
        assertEquals("country:China", r.one("China").rule());
    }

    @Test
    void capitalsAndSeatsOfGovernmentAreTheGovernment() {
        Resolved r = one("Beijing/NNP/LOCATION ,/, the/DT Kremlin/NNP/LOCATION ,/, the/DT White/NNP House/NNP "
                + "and/CC Downing/NNP Street/NNP reacted/VBD ./.");
        assertEquals(List.of("CHNGOV"), r.codes("Beijing"));
        assertEquals(List.of("RUSGOV"), r.codes("Kremlin"));
        assertEquals(List.of("USAGOV"), r.codes("White House"));
        assertEquals(List.of("GBRGOV"), r.codes("Downing Street"));
        assertEquals(MentionKind.CAPITAL, r.one("Beijing").kind());
        assertEquals("capital:Beijing", r.one("Beijing").rule());
    }

    @Test
    void nationalityWithAnAgentNounIsCountryPlusAgent() {
        Resolved r = one("South/JJ Korean/JJ officials/NNS met/VBD Chinese/JJ police/NNS and/CC Russian/JJ forces/NNS ./.");
        assertEquals(List.of("KORGOV"), r.codes("South Korean officials"));
        assertEquals(List.of("CHNCOP"), r.codes("Chinese police"));
        assertEquals(List.of("RUSMIL"), r.codes("Russian forces"));
        assertEquals(MentionKind.GROUP, r.one("South Korean officials").kind());
        assertEquals("country+agent:KOR+GOV (South Korean officials)", r.one("South Korean officials").rule());
    }

    @Test
    void aCounterpartIsTheOtherCountrysGovernment() {
        Resolved r = one("Fidan/NNP/PERSON and/CC his/PRP$ Greek/JJ counterpart/NN Giorgos/NNP/PERSON "
                + "Gerapetritis/NNP/PERSON met/VBD ./.");
        assertEquals(List.of("GRCGOV"), r.codes("Greek counterpart Giorgos Gerapetritis"));
    }

    @Test
    void nationalityAdjectiveAloneIsNoActorButADemonymNounIs() {
        Resolved r = one("Chinese/JJ cooperation/NN pleased/VBD Americans/NNPS ./.");
        assertEquals(List.of(), r.codes("Chinese"));
        assertEquals(List.of("USA"), r.codes("Americans"));
        assertEquals(MentionKind.NATIONALITY, r.one("Americans").kind());
    }

    @Test
    void nationalityAdjectiveQualifyingAThingNamesItsCountry() {
        // "Russian forces attacked Ukrainian positions": the positions are Ukraine's
        Resolved r = Resolved.of(Docs.on("2025-11-17").sentence(
                "Russian/JJ forces/NNS attacked/VBD Ukrainian/JJ positions/NNS ./.",
                "amod 1 0", "nsubj 2 1", "root -1 2", "amod 4 3", "obj 2 4", "punct 2 5"));
        assertEquals(List.of("RUSMIL"), r.codes("Russian forces"));
        assertEquals(List.of("UKR"), r.codes("Ukrainian"));
        assertEquals(MentionKind.NATIONALITY, r.one("Ukrainian").kind());
        assertEquals("nationality:Ukrainian", r.one("Ukrainian").rule());
    }

    @Test
    void nationalityAdjectiveBeforeAProperNounOrWithoutAHeadIsNoActor() {
        Resolved name = Resolved.of(Docs.on("2025-11-17").sentence(
                "Chinese/JJ New/NNP Year/NNP began/VBD ./.",
                "amod 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "punct 3 4"));
        assertEquals(List.of(), name.codes("Chinese"));
        // the adjective is the predicate, not a qualifier of a noun after it
        Resolved predicate = Resolved.of(Docs.on("2025-11-17").sentence(
                "The/DT ship/NN was/VBD Russian/JJ ./.",
                "det 1 0", "nsubj 3 1", "cop 3 2", "root -1 3", "punct 3 4"));
        assertEquals(List.of(), predicate.codes("Russian"));
    }

    @Test
    void aCityIsAPlaceOfItsCountryNotAnActor() {
        Resolved r = one("Russian/JJ artillery/NN shelled/VBD Kharkiv/NNP/LOCATION ./.");
        assertEquals(List.of("UKR"), r.codes("Kharkiv"));
        assertEquals(MentionKind.PLACE, r.one("Kharkiv").kind());
        assertEquals("place:Kharkiv", r.one("Kharkiv").rule());
    }

    @Test
    void aFarmUnionIsAgricultureNotLabour() {
        Resolved r = one("Indian/JJ farm/NN unions/NNS and/CC Indian/JJ trade/NN unions/NNS protested/VBD ./.");
        assertEquals(List.of("INDAGR"), r.codes("Indian farm unions"));
        assertEquals(List.of("INDLAB"), r.codes("Indian trade unions"));
    }

    @Test
    void agentWordsWithoutACountryAreNoActors() {
        Resolved r = one("Analysts/NNS ,/, experts/NNS and/CC officials/NNS say/VBP the/DT president/NN agreed/VBD ./.");
        assertTrue(r.isEmpty(), r.texts().toString());
    }

    @Test
    void titleCountryPossessiveAndUnknownNameMakeOneMention() {
        Resolved r = one("South/NNP/LOCATION Korea/NNP/LOCATION ’s/POS First/NNP Vice/NNP Foreign/NNP Minister/NNP "
                + "Park/NNP Yoon-joo/NNP held/VBD talks/NNS ./.");
        ActorMention park = r.one("South Korea ’s First Vice Foreign Minister Park Yoon-joo");
        assertEquals("KORGOV", park.roleOn(r.date()).actor().code());
        assertEquals(MentionKind.PERSON, park.kind());
        assertEquals(8, park.headToken(), "the head is the name's last token");
        assertEquals(1, r.mentions.size(), "no separate KOR mention: " + r.texts());
    }

    @Test
    void possessiveMinistryIsOneMentionOfTheGovernment() {
        Resolved r = one("According/VBG to/IN South/NNP Korea/NNP ’s/POS foreign/JJ ministry/NN ,/, talks/NNS went/VBD well/RB");
        assertEquals(List.of("KORGOV"), r.codes("South Korea ’s foreign ministry"));
        assertEquals(MentionKind.ORGANISATION, r.one("South Korea ’s foreign ministry").kind());
        assertEquals(1, r.mentions.size(), r.texts().toString());
    }

    @Test
    void possessiveWrittenInsideOneTokenWorksToo() {
        Resolved r = one("South/NNP Korea's/NNP foreign/JJ ministry/NN said/VBD ./.");
        assertEquals(List.of("KORGOV"), r.codes("South Korea's foreign ministry"));
    }

    @Test
    void knownPersonWithTitleUsesThePersonsDatedRoles() {
        Resolved r = one("US/NNP/LOCATION President/NNP Donald/NNP/PERSON Trump/NNP/PERSON and/CC North/JJ Korean/JJ "
                + "leader/NN Kim/NNP/PERSON Jong-un/NNP/PERSON met/VBD ./.");
        ActorMention trump = r.one("US President Donald Trump");
        assertEquals("people:Donald Trump", trump.rule());
        assertEquals("USAGOV", trump.roleOn(LocalDate.of(2019, 2, 27)).actor().code());
        assertEquals("USAELI", trump.roleOn(LocalDate.of(2022, 2, 27)).actor().code());
        assertEquals(List.of("PRKGOV"), r.codes("North Korean leader Kim Jong-un"));
    }

    @Test
    void chineseViceForeignMinisterWithoutEntryIsChngov() {
        Resolved r = one("with/IN Chinese/JJ Vice/NNP Foreign/NNP Minister/NNP Ma/NNP/PERSON Zhaoxu/NNP/PERSON ./.");
        ActorMention ma = r.one("Chinese Vice Foreign Minister Ma Zhaoxu");
        assertEquals("CHNGOV", ma.roleOn(r.date()).actor().code());
        assertEquals("country+agent:CHN+GOV (Chinese Vice Foreign Minister)", ma.rule());
    }

    @Test
    void formerPresidentFollowsTheEventDate() {
        Resolved r = one("since/IN former/JJ President/NNP Moon/NNP/PERSON Jae-in/NNP/PERSON attended/VBD ./.");
        ActorMention moon = r.one("former President Moon Jae-in");
        assertEquals("KORGOV", moon.roleOn(LocalDate.of(2019, 6, 1)).actor().code());
        assertEquals("KORELI", moon.roleOn(LocalDate.of(2025, 12, 27)).actor().code());
    }

    @Test
    void formerHeadOfStateWithoutEntryIsElite() {
        Resolved r = one("former/JJ South/JJ Korean/JJ president/NN Zhang/NNP Wei/NNP spoke/VBD ./.");
        ActorMention m = r.one("former South Korean president Zhang Wei");
        assertEquals("KORELI", m.roleOn(r.date()).actor().code());
        assertTrue(m.rule().startsWith("former+agent:KOR+ELI"), m.rule());
        Resolved bare = one("a/DT former/JJ Chinese/JJ president/NN said/VBD ./.");
        assertEquals(List.of("CHNELI"), bare.codes("former Chinese president"));
    }

    @Test
    void compoundNationalitiesMakeOneMentionPerCountry() {
        Resolved r = one("Hungarian/JJ and/CC Romanian/JJ officials/NNS met/VBD ./.");
        List<ActorMention> both = r.mentions.stream().filter(m -> m.text().equals("Hungarian and Romanian officials")).toList();
        assertEquals(List.of("HUNGOV", "ROUGOV"), both.stream().map(m -> m.roleOn(r.date()).actor().code()).toList());
        assertEquals(both.get(0).firstToken(), both.get(1).firstToken());
        assertEquals(both.get(0).endToken(), both.get(1).endToken());
    }

    @Test
    void agentOfACountryOrInACapital() {
        assertEquals(List.of("FRAGOV"), one("the/DT president/NN of/IN France/NNP said/VBD").codes("president of France"));
        assertEquals(List.of("CHNGOV"), one("officials/NNS in/IN Beijing/NNP said/VBD").codes("officials in Beijing"));
        Resolved troops = one("troops/NNS in/IN Ukraine/NNP advanced/VBD");
        assertEquals(List.of(), troops.codes("troops in Ukraine"), "'in' a country says where, not whose");
        assertEquals(List.of("UKR"), troops.codes("Ukraine"));
        assertEquals(List.of("UKRCOP"), one("police/NNS in/IN Ukraine/NNP arrested/VBD")
                .codes("police in Ukraine"), "'in' a country is whose for other sectors");
    }

    @Test
    void conjoinedAgentNounsShareTheirCountry() {
        Resolved r = one("Chinese/JJ media/NNS and/CC government/NN criticized/VBD Japan/NNP");
        assertEquals(List.of("CHNMED", "CHNGOV"), r.codes("Chinese media and government"));
        Resolved in = one("lawmakers/NNS and/CC officials/NNS in/IN France/NNP objected/VBD");
        assertEquals(List.of("FRALEG", "FRAGOV"), in.codes("lawmakers and officials in France"));
        Resolved two = one("Russian/JJ officials/NNS and/CC Ukrainian/JJ police/NNS met/VBD");
        assertEquals(List.of("RUSGOV"), two.codes("Russian officials"), "a conjunct with its own country stays apart");
        assertEquals(List.of("UKRCOP"), two.codes("Ukrainian police"));
    }

    @Test
    void aPrefixAgentBeforeACountryNameGoesBeforeItsCode() {
        DictionaryActorResolver r = new DictionaryActorResolver(ActorDictionaries.builtIn()
                .with(PetrarchAgentReader.read(Fixtures.path("petrarch-mini.agents.txt")).dictionaries()));
        List<ActorMention> alone = r.resolve(Docs.on("2020-01-01")
                .sentence("Relief/NNP Agency/NNP Belgium/NNP said/VBD").build());
        assertEquals(List.of("NGOBEL"), alone.stream().map(m -> m.roles().get(0).actor().code()).toList());
        List<ActorMention> member = r.resolve(Docs.on("2020-01-01")
                .sentence("a/DT Relief/NNP Agency/NNP Belgium/NNP official/NN said/VBD").build());
        assertEquals(List.of("NGOBELGOV"), member.stream().map(m -> m.roles().get(0).actor().code()).toList());
        List<ActorMention> plain = r.resolve(Docs.on("2020-01-01")
                .sentence("officials/NNS Belgium/NNP said/VBD").build());
        assertEquals(List.of("BEL"), plain.stream().map(m -> m.roles().get(0).actor().code()).toList(),
                "an agent that follows the country's code does not take a country after it");
    }

    @Test
    void formerJudgesAndProsecutorsAreElites() {
        assertEquals(List.of("FRAELI"), one("former/JJ French/JJ judge/NN said/VBD").codes("former French judge"));
    }

    @Test
    void agentOfSeveralCountriesMakesOneMentionPerCountry() {
        Resolved r = one("the/DT ambassadors/NNS of/IN Japan/NNP ,/, India/NNP and/CC Brazil/NNP met/VBD");
        assertEquals(List.of("JPNGOV", "INDGOV", "BRAGOV"), r.codes("ambassadors of Japan , India and Brazil"));
        Resolved in = one("lawmakers/NNS in/IN France/NNP and/CC the/DT Netherlands/NNP voted/VBD");
        assertEquals(List.of("FRALEG", "NLDLEG"), in.codes("lawmakers in France and the Netherlands"));
    }

    @Test
    void organisationsAndTheirPeople() {
        Resolved r = one("NATO/NNP officials/NNS and/CC the/DT WHO/NNP met/VBD APEC/NNP ./.");
        assertEquals(List.of("IGOWSTNAT"), r.codes("NATO officials"));
        assertEquals(List.of("IGOUNOHLHWHO"), r.codes("WHO"));
        assertEquals(List.of("IGOBUSAPC"), r.codes("APEC"));
        Resolved who = one("leaders/NNS who/WP met/VBD us/PRP");
        assertTrue(who.isEmpty(), who.texts().toString());
    }

    @Test
    void aBodyOrOfficeOfAnOrganisationIsItsBranch() {
        // TABARI files: an organisation coded GMWGOV and one coded GONGMO, and title agents from an agents file
        ActorDictionaries user = TabariActorReader.read(Fixtures.text("WEST_GERMAN  [GMWGOV]", "GONZO_GMO [GONGMO]"),
                "t.actors").dictionaries();
        ActorDictionaries agents = TabariAgentReader.read(Fixtures.text("WORLD_GOVERNMENT_   [  ~WGO]",
                "HUMAN_RIGHTS_ACTIVISTS_   [  NGM~]"), "t.agents").dictionaries();
        DictionaryActorResolver resolver = new DictionaryActorResolver(user.with(agents));
        org.parley.model.AnnotatedDocument doc = Docs.on("2009-09-18").sentence("West/JJ German/JJ world/NN "
                + "government/NN activists/NNS met/VBD human/JJ rights/NNS activists/NNS of/IN Gonzo/NNP GMO/NNP ./.")
                .build();
        List<String> codes = resolver.resolve(doc).stream()
                .map(m -> m.text() + "=" + m.roleOn(doc.article().date()).actor().code()).toList();
        assertEquals(List.of("West German world government=GMWGOVWGO", "human rights activists of Gonzo GMO=NGMGONGMO"),
                codes);
    }

    @Test
    void organisationCodesAreDated() {
        ActorMention taliban = one("the/DT Taliban/NNP said/VBD").one("Taliban");
        assertEquals("AFGREB", taliban.roleOn(LocalDate.of(2020, 2, 29)).actor().code());
        assertEquals("AFGGOV", taliban.roleOn(LocalDate.of(2023, 1, 1)).actor().code());
    }

    @Test
    void countryPossessivePersonIsOneMention() {
        Resolved r = one("China/NNP ’s/POS Xi/NNP/PERSON Jinping/NNP/PERSON spoke/VBD");
        assertEquals(List.of("CHNGOV"), r.codes("China ’s Xi Jinping"));
        assertEquals(1, r.mentions.size(), r.texts().toString());
    }

    @Test
    void aPersonsInstitutionIsThePersonsCountryWithTheAgent() {
        Resolved r = one("the/DT Joe/NNP Biden/NNP administration/NN said/VBD");
        ActorMention admin = r.one("Joe Biden administration");
        assertEquals("USAGOV", admin.roleOn(LocalDate.of(2022, 1, 1)).actor().code());
        assertEquals("person+agent:GOV->people:Joe Biden", admin.rule());
        assertEquals(1, r.mentions.size(), r.texts().toString());
    }

    @Test
    void aLeadersSurnameWithAnInstitutionNounNeedsNoFullName() {
        Resolved r = one("The/DT Biden/NNP administration/NN imposed/VBD sanctions/NNS ./.");
        ActorMention admin = r.one("Biden administration");
        assertEquals("USAGOV", admin.roleOn(LocalDate.of(2023, 5, 1)).actor().code());
        assertEquals("leader+agent:GOV->people:Joe Biden", admin.rule());
        Resolved lee = one("the/DT Lee/NNP government/NN said/VBD");
        assertTrue(lee.isEmpty(), "several leaders are called Lee: " + lee.texts());
    }

    @Test
    void aNameAfterATitleIsNeverADate() {
        Resolved r = one("the/DT US/NNP President/NNP Tuesday/NNP/DATE said/VBD");
        assertEquals(List.of("USAGOV"), r.codes("US President"));
        assertEquals(MentionKind.GROUP, r.one("US President").kind());
    }

    // ---- traps ----

    @Test
    void georgiaTheCountryButNotTheUsState() {
        assertEquals(List.of("GEO"), one("Georgia/NNP/LOCATION and/CC Russia/NNP/LOCATION talked/VBD").codes("Georgia"));
        one("in/IN Atlanta/NNP/LOCATION ,/, Georgia/NNP/LOCATION ,/, police/NNS said/VBD").noActorOn("Georgia");
        one("the/DT Georgia/NNP state/NN legislature/NN voted/VBD").noActorOn("Georgia");
        one("the/DT state/NN of/IN Georgia/NNP voted/VBD").noActorOn("Georgia");
        assertEquals(List.of("GEO"), one("in/IN Tbilisi/NNP ,/, Georgia/NNP ,/, protesters/NNS marched/VBD").codes("Georgia"));
    }

    @Test
    void jordanChadAndNigerAsPersonalNamesAreNoCountries() {
        one("Michael/NNP/PERSON Jordan/NNP/PERSON played/VBD").noActorOn("Jordan");
        assertEquals(List.of("JOR"), one("Jordan/NNP/LOCATION protested/VBD").codes("Jordan"));
        one("Chad/NNP/PERSON Smith/NNP/PERSON said/VBD").noActorOn("Chad");
        one("Niger/NNP/PERSON Innis/NNP/PERSON said/VBD").noActorOn("Niger");
        assertEquals(List.of("TCDMIL"), one("troops/NNS from/IN Chad/NNP/LOCATION arrived/VBD").codes("troops from Chad"));
    }

    @Test
    void turkeyTheCountryButNotTheBird() {
        assertEquals(List.of("TUR"), one("Turkey/NNP/LOCATION objected/VBD").codes("Turkey"));
        one("they/PRP ate/VBD turkey/NN").noActorOn("turkey");
        one("we/PRP ate/VBD with/IN us/PRP").noActorOn("us");
    }

    @Test
    void koreanAloneIsAmbiguous() {
        Resolved r = one("Korean/JJ officials/NNS and/CC the/DT Korean/NNP said/VBD");
        assertTrue(r.isEmpty(), r.texts().toString());
    }

    @Test
    void geographicFeaturesAndNamedMeetingsAreNoActors() {
        one("the/DT West/NNP/LOCATION Sea/NNP/LOCATION issue/NN").noActorOn("Sea");
        one("the/DT Korean/NNP/LOCATION Peninsula/NNP/LOCATION").noActorOn("Peninsula");
        Resolved apec = one("for/IN the/DT APEC/NNP/ORGANIZATION Economic/NNP Leaders/NNPS ’/'' Meeting/NNP ,/,");
        assertTrue(apec.isEmpty(), apec.texts().toString());
        one("in/IN the/DT South/NNP China/NNP Sea/NNP").noActorOn("China");
        one("the/DT Sea/NNP of/IN Japan/NNP").noActorOn("Japan");
        one("across/IN Latin/NNP America/NNP").noActorOn("America");
        one("in/IN Northern/NNP Ireland/NNP").noActorOn("Ireland");
        one("the/DT Washington/NNP Post/NNP reported/VBD").noActorOn("Washington");
        one("George/NNP/PERSON Washington/NNP/PERSON").noActorOn("Washington");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("USAGOV"), one("U.S./NNP officials/NNS said/VBD").codes("U.S. officials"));
        assertEquals(List.of("GBR"), one("the/DT UK/NNP agreed/VBD").codes("UK"));
    }

    @Test
    void mentionsComeInTextOrder() {
        Resolved r = one("Japan/NNP ,/, China/NNP and/CC Russia/NNP met/VBD");
        assertEquals(List.of("Japan", "China", "Russia"), r.mentions.stream().map(ActorMention::text).toList());
    }

    @Test
    void aNameCodedAsItsCountryTakesTheTitleBeforeIt() {
        // a PETRARCH-style actor file: ROMENDACIL is coded with the country alone
        String actors = "BREE [BRE]\nROMENDACIL [BRE]\n";
        ActorDictionaries user = PetrarchActorReader.read(
                new java.io.ByteArrayInputStream(actors.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.actors")
                .dictionaries();
        DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionaries.builtIn().with(user));
        org.parley.model.AnnotatedDocument doc = Docs.on("1995-01-01")
                .sentence("Bree/NNP/PERSON Prime/NNP Minister/NNP Romendacil/NNP/PERSON arrived/VBD ./.").build();
        List<org.parley.model.ActorMention> ms = resolver.resolve(doc);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("Bree Prime Minister Romendacil", ms.get(0).text());
        assertEquals("BREGOV", ms.get(0).roleOn(doc.article().date()).actor().code());
    }

    @Test
    void adjectivesBetweenACountryAndItsTitleKeepTheAgent() {
        Resolved r = one("China/NNP/LOCATION ’s/POS powerful/JJ and/CC experienced/JJ minister/NN spoke/VBD ./.");
        assertEquals(List.of("China ’s powerful and experienced minister=CHNGOV"), r.texts());
        Resolved plain = one("China/NNP/LOCATION ’s/POS powerful/JJ economy/NN grew/VBD ./.");
        assertEquals(List.of("CHN"), plain.codes("China"), "no agent noun after the adjectives: the country alone");
    }

    @Test
    void aCountrysPossessiveWithANounBeforeTheTitle() {
        Resolved r = one("India/NNP/LOCATION ’s/POS agriculture/NN minister/NN appealed/VBD for/IN calm/NN ./.");
        assertEquals(List.of("INDGOV"), r.codes("India ’s agriculture minister"));
        Resolved company = one("Japan/NNP/LOCATION ’s/POS Toyota/NNP/ORGANIZATION chief/NN executive/NN spoke/VBD ./.");
        assertEquals(List.of(), company.codes("Japan ’s Toyota chief executive"), "a capitalized noun is a name");
    }

    @Test
    void protestersAreTheOppositionAndDronesTheArmedForces() {
        Resolved r = one("Russian/JJ drones/NNS hit/VBD Georgian/JJ protesters/NNS ./.");
        assertEquals(List.of("RUSMIL"), r.codes("Russian drones"));
        assertEquals(List.of("GEOOPP"), r.codes("Georgian protesters"));
    }

    @Test
    void aParticipleAfterAndStandsBetweenANationalityAndItsAgent() {
        Resolved r = one("Polish/JJ and/CC allied/VBN aircraft/NN shot/VBD them/PRP down/RP ./.");
        assertEquals(List.of("POLMIL"), r.codes("Polish and allied aircraft"));
    }

    // ---- agents of unknown country (an option) ----

    @Test
    void aBareAgentWordIsNoActorByDefaultAndOfUnknownCountryWithTheOption() {
        String sentence = "A/DT senior/JJ official/NN said/VBD China/NNP/LOCATION and/CC Japan/NNP/LOCATION met/VBD ./.";
        assertEquals(List.of(), Resolved.of(Docs.on("2025-12-27").sentence(sentence)).codes("senior official"));
        Resolved r = Resolved.of(Docs.on("2025-12-27").sentence(sentence),
                Resolved.resolver().withUnknownCountryAgents(true));
        assertEquals(List.of("---GOV"), r.codes("senior official"));
        assertEquals(MentionKind.GROUP, r.one("senior official").kind());
        assertEquals("unknown-country:GOV (senior official)", r.one("senior official").rule());
        assertEquals(List.of("CHN"), r.codes("China"), "other rules come first");
    }

    @Test
    void conjoinedBareAgentsAreOneMentionEachOverTheSameWords() {
        Resolved r = Resolved.of(Docs.on("2025-12-27").sentence(
                "Police/NNS and/CC soldiers/NNS met/VBD China/NNP/LOCATION and/CC Japan/NNP/LOCATION ./."),
                Resolved.resolver().withUnknownCountryAgents(true));
        assertEquals(List.of("---COP", "---MIL"), r.codes("Police and soldiers"));
    }

    @Test
    void anAgentWithACountryKeepsItWithTheOption() {
        Resolved r = Resolved.of(Docs.on("2025-12-27").sentence(
                "Chinese/JJ police/NNS met/VBD Japanese/JJ officials/NNS ./."),
                Resolved.resolver().withUnknownCountryAgents(true));
        assertEquals(List.of("CHNCOP"), r.codes("Chinese police"));
        assertEquals(List.of("JPNGOV"), r.codes("Japanese officials"));
    }

    @Test
    void theOptionIsSharedOrSwitchedWithoutRebuilding() {
        DictionaryActorResolver plain = Resolved.resolver();
        assertTrue(plain.withUnknownCountryAgents(false) == plain);
        DictionaryActorResolver on = plain.withUnknownCountryAgents(true);
        assertTrue(on.withUnknownCountryAgents(true) == on);
    }
}
