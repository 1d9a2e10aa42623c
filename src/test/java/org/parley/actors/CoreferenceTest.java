package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.MentionKind;

/** Surnames, pronouns, "the X administration", compound references and the title read after the body. */
class CoreferenceTest {

    @Test
    void laterSurnameRefersToTheEarlierPerson() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("South/JJ Korean/JJ President/NNP Lee/NNP/PERSON Jae/NNP/PERSON Myung/NNP/PERSON spoke/VBD ./.")
                .sentence("Lee/NNP/PERSON ’s/POS visit/NN is/VBZ planned/VBN ./."));
        ActorMention lee = r.one("Lee");
        assertEquals(MentionKind.COREFERENCE, lee.kind());
        assertEquals("coref:surname->people:Lee Jae Myung", lee.rule());
        assertEquals("KORGOV", lee.roleOn(r.date()).actor().code());
        assertEquals(2, lee.sentence());
    }

    @Test
    void surnameOfAPersonKnownOnlyByTitleAndNameWorksToo() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Chinese/JJ Vice/NNP Foreign/NNP Minister/NNP Ma/NNP Zhaoxu/NNP spoke/VBD ./.")
                .sentence("Ma/NNP said/VBD talks/NNS went/VBD well/RB ./."));
        ActorMention ma = r.one("Ma");
        assertEquals("CHNGOV", ma.roleOn(r.date()).actor().code());
        assertEquals("coref:surname->country+agent:CHN+GOV (Chinese Vice Foreign Minister)", ma.rule());
    }

    @Test
    void aSurnameInsideAnotherUnknownNameIsNotCoreference() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("President/NNP Lee/NNP Jae/NNP Myung/NNP spoke/VBD ./.")
                .sentence("Lee/NNP Kuan/NNP Yew/NNP was/VBD admired/VBN ./."));
        assertEquals(List.of(), r.codes("Lee"));
    }

    @Test
    void theMostRecentPersonWithTheSurnameWins() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Kim/NNP Jong-un/NNP spoke/VBD ./.")
                .sentence("Kim/NNP Yo-jong/NNP replied/VBD ./.")
                .sentence("Kim/NNP added/VBD ./."));
        ActorMention kim = r.one("Kim");
        assertEquals("coref:surname->people:Kim Yo-jong", kim.rule());
    }

    @Test
    void titleAndSurnameIsOneMention() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Donald/NNP Trump/NNP spoke/VBD ./.")
                .sentence("President/NNP Trump/NNP left/VBD ./."));
        assertEquals(List.of("USAGOV"), r.codes("President Trump"));
    }

    @Test
    void theSurnameAdministrationIsThePersonsGovernment() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("President/NNP Lee/NNP Jae/NNP Myung/NNP spoke/VBD ./.")
                .sentence("Experts/NNS believe/VBP the/DT Lee/NNP administration/NN will/MD act/VB ./."));
        ActorMention admin = r.one("Lee administration");
        assertEquals("KORGOV", admin.roleOn(r.date()).actor().code());
        assertEquals("coref:surname+agent->people:Lee Jae Myung", admin.rule());
    }

    @Test
    void aPossessiveSurnameWithAnInstitutionNoun() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Vladimir/NNP Putin/NNP spoke/VBD ./.")
                .sentence("Putin/NNP ’s/POS government/NN agreed/VBD ./."));
        assertEquals(List.of("RUSGOV"), r.codes("Putin ’s government"));
    }

    @Test
    void aGivenNameInTheMiddleOrAParticleIsNoSurname() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Mohammed/NNP bin/NNP Salman/NNP spoke/VBD ./.")
                .sentence("Salman/NNP agreed/VBD ,/, Bin/NNP did/VBD not/RB ./."));
        assertEquals(List.of("SAUGOV"), r.codes("Salman"));
        assertEquals(List.of(), r.codes("Bin"));
    }

    @Test
    void personalPronounsReferToTheMostRecentPerson() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Chinese/JJ President/NNP Xi/NNP Jinping/NNP visited/VBD South/NNP Korea/NNP ,/, "
                        + "his/PRP$ first/JJ visit/NN ./."));
        ActorMention his = r.one("his");
        assertEquals("CHNGOV", his.roleOn(r.date()).actor().code());
        assertEquals("coref:pronoun->people:Xi Jinping", his.rule());
    }

    @Test
    void itsRefersToACountryOrOrganisationAndTheyToAPluralGroup() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP and/CC its/PRP$ allies/NNS met/VBD ./.")
                .sentence("Chinese/JJ officials/NNS said/VBD they/PRP agreed/VBD ./."));
        assertEquals(List.of("JPN"), r.codes("its"));
        assertEquals(List.of("CHNGOV"), r.codes("they"));
    }

    @Test
    void itAtTheHeadOfASentenceIsTheSubjectOfTheSentenceBefore() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Iran/NNP warned/VBD Israel/NNP ./.", "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .sentence("However/RB ,/, it/PRP said/VBD talks/NNS failed/VBD ./.", "advmod 3 0", "punct 3 1",
                        "nsubj 3 2", "root -1 3", "nsubj 5 4", "ccomp 3 5", "punct 3 6"));
        ActorMention it = r.one("it");
        assertEquals("IRN", it.roleOn(r.date()).actor().code(), "the subject, not the most recent country (Israel)");
        assertEquals(MentionKind.COREFERENCE, it.kind());
    }

    @Test
    void itsTakesTheSubjectOfTheClauseItStandsIn() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP urged/VBD China/NNP to/TO support/VB its/PRP$ bid/NN ./.", "nsubj 1 0",
                        "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "nmod:poss 6 5", "obj 4 6", "punct 1 7"));
        assertEquals(List.of("JPN"), r.codes("its"), "the urging subject's bid, not the most recent country's");
    }

    @Test
    void anObjectItIsNeverTheSubjectOfItsOwnVerb() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP said/VBD China/NNP attacked/VBD it/PRP ./.", "nsubj 1 0", "root -1 1",
                        "nsubj 3 2", "ccomp 1 3", "obj 3 4", "punct 1 5"));
        assertEquals(List.of("JPN"), r.codes("it"));
    }

    @Test
    void itsInAForPhraseIsTheObjectsWhoseReasonItGives() {
        Resolved r = Resolved.of(Docs.on("2026-08-19")
                .sentence("Russia/NNP praised/VBD Iran/NNP for/IN its/PRP$ cooperation/NN ./.", "nsubj 1 0",
                        "root -1 1", "obj 1 2", "case 5 3", "nmod:poss 5 4", "obl 1 5", "punct 1 6"));
        assertEquals(List.of("IRN"), r.codes("its"));
        Resolved plain = Resolved.of(Docs.on("2026-08-19")
                .sentence("Russia/NNP praised/VBD Iran/NNP and/CC its/PRP$ allies/NNS ./.", "nsubj 1 0",
                        "root -1 1", "obj 1 2", "cc 5 3", "nmod:poss 5 4", "conj 2 5", "punct 1 6"));
        assertEquals(List.of("RUS"), plain.codes("its"), "no reason given: the subject of the clause, as before");
    }

    @Test
    void itsCourseIsTheOneAnAppealAsksToStopIt() {
        Resolved r = Resolved.of(Docs.on("2026-09-03")
                .sentence("Japan/NNP urged/VBD China/NNP to/TO stop/VB its/PRP$ drills/NNS ./.", "nsubj 1 0",
                        "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "nmod:poss 6 5", "obj 4 6", "punct 1 7"));
        assertEquals(List.of("CHN"), r.codes("its"));
        Resolved support = Resolved.of(Docs.on("2026-09-03")
                .sentence("Japan/NNP urged/VBD China/NNP to/TO support/VB its/PRP$ bid/NN ./.", "nsubj 1 0",
                        "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "nmod:poss 6 5", "obj 4 6", "punct 1 7"));
        assertEquals(List.of("JPN"), support.codes("its"), "supporting says nothing of whose bid it is");
    }

    @Test
    void anItThatIsReadyToActIsNoDummy() {
        Resolved r = Resolved.of(Docs.on("2026-07-08")
                .sentence("Turkey/NNP said/VBD it/PRP was/VBD ready/JJ to/TO talk/VB ./.", "nsubj 1 0", "root -1 1",
                        "nsubj 4 2", "cop 4 3", "ccomp 1 4", "mark 6 5", "xcomp 4 6", "punct 1 7")
                .sentence("It/PRP was/VBD likely/JJ to/TO rain/VB ./.", "nsubj 2 0", "cop 2 1", "root -1 2",
                        "mark 4 3", "xcomp 2 4", "punct 2 5"));
        assertEquals(List.of("TUR"), r.codes("it"));
        assertEquals(List.of(), r.codes("It"), "likely says nothing of an actor");
    }

    @Test
    void aDummyItRefersToNothing() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP spoke/VBD ./.", "nsubj 1 0", "root -1 1", "punct 1 2")
                .sentence("It/PRP may/MD seem/VB calm/JJ ./.", "nsubj 2 0", "aux 2 1", "root -1 2", "xcomp 2 3",
                        "punct 2 4")
                .sentence("It/PRP was/VBD reported/VBN that/IN talks/NNS failed/VBD ./.", "nsubj:pass 2 0",
                        "aux:pass 2 1", "root -1 2", "mark 5 3", "nsubj 5 4", "ccomp 2 5", "punct 2 6")
                .sentence("It/PRP is/VBZ likely/JJ ./.", "nsubj 2 0", "cop 2 1", "root -1 2", "punct 2 3"));
        assertEquals(List.of(), r.codes("It"));
    }

    @Test
    void aCrowdIsNotIt() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("China/NNP said/VBD Japanese/JJ crowds/NNS burned/VBD its/PRP$ flag/NN ./.", "nsubj 1 0",
                        "root -1 1", "amod 3 2", "nsubj 4 3", "ccomp 1 4", "nmod:poss 6 5", "obj 4 6", "punct 1 7"));
        assertEquals(List.of("CHN"), r.codes("its"), "the nearest subject is plural: the most recent country");
    }

    @Test
    void theyAreTheCoordinatedSubjectOfTheSentenceBefore() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP and/CC India/NNP warned/VBD China/NNP ./.", "nsubj 3 0", "cc 2 1", "conj 0 2",
                        "root -1 3", "obj 3 4", "punct 3 5")
                .sentence("They/PRP met/VBD on/IN Monday/NNP ./.", "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3",
                        "punct 1 4"));
        assertEquals(Set.of("JPN", "IND"), Set.copyOf(r.codes("They")), "both conjuncts, not China");
        assertEquals(2, r.codes("They").size());
    }

    @Test
    void anObjectPronounIsNotItsVerbsSubject() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Indonesian/JJ President/NNP Prabowo/NNP Subianto/NNP arrived/VBD ./.")
                .sentence("Brazilian/JJ President/NNP Lula/NNP welcomed/VBD him/PRP ./.",
                        "amod 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "obj 3 4", "punct 3 5"));
        assertEquals(List.of("IDNGOV"), r.codes("him"));
    }

    @Test
    void aPossessivePronounMayStillBeTheSubject() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Indonesian/JJ President/NNP Prabowo/NNP Subianto/NNP arrived/VBD ./.")
                .sentence("Brazilian/JJ President/NNP Lula/NNP praised/VBD his/PRP$ team/NN ./.",
                        "amod 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "nmod:poss 5 4", "obj 3 5", "punct 3 6"));
        assertEquals(List.of("BRAGOV"), r.codes("his"));
    }

    @Test
    void theBlocIsTheMostRecentInternationalOrganisation() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("The/DT European/NNP Union/NNP met/VBD Japan/NNP ./.")
                .sentence("The/DT bloc/NN agreed/VBD ./."));
        assertEquals(List.of("IGOEUREEC"), r.codes("The bloc"));
        assertTrue(r.one("The bloc").rule().startsWith("coref:the-organisation->"));
    }

    @Test
    void theBlocNeedsAnOrganisationNearby() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP spoke/VBD ./.")
                .sentence("The/DT bloc/NN agreed/VBD ./."));
        assertEquals(List.of(), r.codes("The bloc"));
    }

    @Test
    void theAmbassadorIsTheMostRecentMentionWithThatTitle() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Germany/NNP summoned/VBD Russia/NNP ’s/POS ambassador/NN ./.")
                .sentence("The/DT ambassador/NN refused/VBD ./."));
        assertEquals(List.of("RUSGOV"), r.codes("The ambassador"));
        assertTrue(r.one("The ambassador").rule().startsWith("coref:the-title->"));
    }

    @Test
    void aTitleWithANameOrAnOfPhraseIsNoBackReference() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Germany/NNP summoned/VBD Russia/NNP ’s/POS ambassador/NN ./.")
                .sentence("The/DT ambassador/NN of/IN Gondor/NNP refused/VBD ./."));
        assertTrue(r.mentions.stream().noneMatch(m -> m.rule().startsWith("coref:the-title->")));
    }

    @Test
    void pronounsLookBackTwoSentencesAtMost() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Donald/NNP Trump/NNP spoke/VBD ./.")
                .sentence("It/PRP rained/VBD ./.")
                .sentence("It/PRP snowed/VBD ./.")
                .sentence("Then/RB he/PRP left/VBD ./."));
        assertEquals(List.of(), r.codes("he"));
    }

    @Test
    void theTwoSidesAreBothActorsOfTheLastTwoCountrySentence() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("South/NNP Korea/NNP ’s/POS Vice/NNP Foreign/NNP Minister/NNP Park/NNP Yoon-joo/NNP held/VBD "
                        + "talks/NNS in/IN Beijing/NNP with/IN Chinese/JJ Vice/NNP Foreign/NNP Minister/NNP Ma/NNP Zhaoxu/NNP ./.")
                .sentence("According/VBG to/IN South/NNP Korea/NNP ’s/POS foreign/JJ ministry/NN ,/, the/DT two/CD "
                        + "sides/NNS discussed/VBD concerns/NNS ./."));
        List<ActorMention> sides = r.mentions.stream().filter(m -> m.text().equals("the two sides")).toList();
        assertEquals(Set.of("KORGOV", "CHNGOV"),
                sides.stream().map(m -> m.roleOn(r.date()).actor().code()).collect(Collectors.toSet()));
        assertEquals(2, sides.size());
        assertTrue(sides.stream().allMatch(m -> m.kind() == MentionKind.COREFERENCE));
        assertTrue(sides.stream().allMatch(m -> m.rule().startsWith("coref:two-sides->country+agent:")), sides.toString());
    }

    @Test
    void placesAndQualifyingAdjectivesAreNoSidesToReferTo() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP and/CC China/NNP met/VBD in/IN Kharkiv/NNP ./.")
                .sentence("They/PRP discussed/VBD Russian/JJ gas/NN ./.", "nsubj 1 0", "root -1 1", "amod 3 2",
                        "obj 1 3", "punct 1 4")
                .sentence("Both/DT sides/NNS agreed/VBD ./."));
        assertEquals(List.of("UKR"), r.codes("Kharkiv"));
        assertEquals(List.of("RUS"), r.codes("Russian"));
        assertEquals(Set.of("JPN", "CHN"), Set.copyOf(r.codes("Both sides")));
    }

    @Test
    void theSidesAnActorUrgesAreOthers() {
        Resolved r = Resolved.of(Docs.on("2026-05-04")
                .sentence("Russia/NNP attacked/VBD Ukraine/NNP ./.")
                .sentence("Japan/NNP and/CC China/NNP urged/VBD both/DT sides/NNS to/TO talk/VB ./.", "nsubj 3 0",
                        "cc 2 1", "conj 0 2", "root -1 3", "det 5 4", "obj 3 5", "mark 7 6", "xcomp 3 7",
                        "punct 3 8"));
        assertEquals(Set.of("RUS", "UKR"), Set.copyOf(r.codes("both sides")));
    }

    @Test
    void theArticlesMainPairWinsOverAPassingMention() {
        Resolved r = Resolved.of(Docs.on("2026-10-21")
                .sentence("Ethiopia/NNP accused/VBD Eritrea/NNP ./.")
                .sentence("Eritrea/NNP rejected/VBD claims/NNS by/IN Ethiopia/NNP ./.")
                .sentence("Kenya/NNP called/VBD Ethiopia/NNP ./.")
                .sentence("The/DT two/CD countries/NNS fought/VBD in/IN 1998/CD ./."));
        assertEquals(Set.of("ETH", "ERI"), Set.copyOf(r.codes("The two countries")));
        Resolved equal = Resolved.of(Docs.on("2026-10-21")
                .sentence("Ethiopia/NNP accused/VBD Eritrea/NNP ./.")
                .sentence("Kenya/NNP called/VBD Somalia/NNP ./.")
                .sentence("The/DT two/CD countries/NNS talked/VBD ./."));
        assertEquals(Set.of("KEN", "SOM"), Set.copyOf(equal.codes("The two countries")), "no pair stands out");
    }

    @Test
    void threeCountriesMakeTheTwoSidesAmbiguous() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP ,/, China/NNP and/CC Russia/NNP met/VBD ./.")
                .sentence("Both/DT sides/NNS agreed/VBD ./."));
        assertEquals(List.of(), r.codes("Both sides"));
    }

    @Test
    void theTwoCountriesLeadersTakeTheAgent() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Japan/NNP and/CC China/NNP signed/VBD a/DT deal/NN ./.")
                .sentence("the/DT two/CD countries/NNS ’/POS leaders/NNS met/VBD ./."));
        List<String> codes = r.codes("the two countries ’ leaders");
        assertEquals(List.of("JPNGOV", "CHNGOV"), codes);
    }

    @Test
    void theTitleIsReadAfterTheBody() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .title("S/NNP Korea/NNP/LOCATION ’s/POS Lee/NNP/PERSON to/IN Court/NNP China/NNP/LOCATION")
                .sentence("South/JJ Korean/JJ President/NNP Lee/NNP Jae/NNP Myung/NNP will/MD visit/VB ./."));
        ActorMention lee = r.mentions.stream().filter(m -> m.sentence() == 0 && m.text().endsWith("Lee")).findFirst()
                .orElseThrow(() -> new AssertionError(r.texts().toString()));
        assertEquals("KORGOV", lee.roleOn(r.date()).actor().code());
        assertEquals(List.of("CHN"), r.codes("China"));
        assertEquals(0, r.mentions.get(0).sentence(), "mentions are sorted: the title comes first");
    }

    @Test
    void theTwoGovernmentsOrLeadersOfABareCountryAreItsGovernment() {
        Resolved r = Resolved.of(Docs.on("2025-09-10")
                .sentence("India/NNP/LOCATION warned/VBD Pakistan/NNP/LOCATION ./.")
                .sentence("The/DT two/CD governments/NNS held/VBD no/DT talks/NNS ./."));
        List<String> codes = r.mentions.stream().filter(m -> m.text().equals("The two governments"))
                .map(m -> m.roleOn(r.date()).actor().code()).sorted().toList();
        assertEquals(List.of("INDGOV", "PAKGOV"), codes);
        Resolved sides = Resolved.of(Docs.on("2025-09-10")
                .sentence("India/NNP/LOCATION warned/VBD Pakistan/NNP/LOCATION ./.")
                .sentence("The/DT two/CD sides/NNS held/VBD no/DT talks/NNS ./."));
        assertEquals(List.of("IND", "PAK"), sides.mentions.stream().filter(m -> m.text().equals("The two sides"))
                .map(m -> m.roleOn(sides.date()).actor().code()).sorted().toList(), "sides has no agent");
    }

    @Test
    void theCountryIsTheOneCountryOfTheNearestSentence() {
        Resolved r = Resolved.of(Docs.on("2026-02-13")
                .sentence("Germany/NNP/LOCATION sent/VBD troops/NNS ./.")
                .sentence("Hungary/NNP/LOCATION ’s/POS defence/NN minister/NN stayed/VBD home/NN and/CC sent/VBD "
                        + "the/DT country/NN ’s/POS ambassador/NN ./.")
                .sentence("Lithuania/NNP/LOCATION welcomed/VBD it/PRP ,/, saying/VBG it/PRP protects/VBZ the/DT "
                        + "nation/NN ./."));
        assertEquals(List.of("HUNGOV"), r.codes("the country ’s ambassador"));
        assertEquals("coref:the-country->HUN", r.one("the country ’s ambassador").rule());
        assertEquals(List.of("LTU"), r.codes("the nation"));
    }

    @Test
    void theCountryIsNothingWhenTheNearestSentenceNamesTwo() {
        Resolved r = Resolved.of(Docs.on("2026-02-13")
                .sentence("Germany/NNP/LOCATION and/CC France/NNP/LOCATION met/VBD ./.")
                .sentence("The/DT country/NN ’s/POS leader/NN spoke/VBD ./."));
        assertEquals(List.of(), r.codes("The country ’s leader"));
        assertEquals(List.of(), r.codes("The country"));
    }

    @Test
    void theInstitutionIsThatOfTheCountryOfTheNearestSentence() {
        Resolved r = Resolved.of(Docs.on("2025-10-15")
                .sentence("Berlin/NNP/LOCATION protested/VBD ./.")
                .sentence("The/DT foreign/JJ ministry/NN summoned/VBD Russia/NNP/LOCATION ’s/POS ambassador/NN ./.")
                .sentence("German/JJ officials/NNS said/VBD the/DT government/NN could/MD act/VB ./."));
        assertEquals(List.of("DEUGOV"), r.codes("The foreign ministry"));
        assertEquals("coref:the-institution->DEU+GOV", r.one("The foreign ministry").rule());
        assertEquals(List.of("DEUGOV"), r.codes("the government"));
    }

    @Test
    void anOfBeforeAGerundIsNoCountryOfTheInstitution() {
        Resolved r = Resolved.of(Docs.on("2026-05-04")
                .sentence("Sudanese/JJ rebels/NNS accused/VBD the/DT army/NN of/IN killing/VBG civilians/NNS ./.")
                .sentence("The/DT army/NN of/IN Chad/NNP moved/VBD ./."));
        assertEquals(List.of("SDNMIL"), r.codes("the army"));
        assertEquals(List.of(), r.codes("The army"), "the army of Chad names its own country");
    }

    @Test
    void aPronounsCountryDoesNotMakeTheInstitutionAmbiguous() {
        Resolved r = Resolved.of(Docs.on("2026-04-15")
                .sentence("China/NNP and/CC India/NNP sent/VBD aid/NN ./.", "nsubj 3 0", "cc 2 1", "conj 0 2",
                        "root -1 3", "obj 3 4", "punct 3 5")
                .sentence("Myanmar/NNP thanked/VBD them/PRP ./.", "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .sentence("Activists/NNS criticized/VBD the/DT junta/NN ./."));
        assertEquals(Set.of("CHN", "IND"), Set.copyOf(r.codes("them")));
        assertEquals(List.of("MMRGOV"), r.codes("the junta"));
    }

    @Test
    void anEmbassyOrAnAmbiguousSentenceGivesNoInstitution() {
        Resolved r = Resolved.of(Docs.on("2025-10-15")
                .sentence("Germany/NNP/LOCATION summoned/VBD the/DT ambassador/NN ./.")
                .sentence("The/DT embassy/NN declined/VBD ./.")
                .sentence("Germany/NNP/LOCATION and/CC Russia/NNP/LOCATION spoke/VBD ./.")
                .sentence("The/DT army/NN moved/VBD ./."));
        assertEquals(List.of(), r.codes("The embassy"));
        assertEquals(List.of(), r.codes("The army"));
    }

    @Test
    void aCapitalAfterAPrepositionIsAPlaceAndAnInstitutionPlacedByWhatFollowsIsLeftToIt() {
        Resolved r = Resolved.of(Docs.on("2026-01-27")
                .sentence("Ministers/NNS met/VBD in/IN Brussels/NNP/LOCATION ./.")
                .sentence("The/DT army/NN moved/VBD ./.")
                .sentence("She/PRP blamed/VBD the/DT government/NN in/IN Minsk/NNP/LOCATION ./."));
        assertEquals(List.of(), r.codes("The army"), "Brussels is only where they met");
        assertEquals(List.of("BLRGOV"), r.codes("government in Minsk"));
    }
}
