package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.testing.EventStrings;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Patterns compiled from PETRARCH and TABARI dictionaries, run by the one engine on real parses. */
class CompiledPatternsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Osgiliath", "OSG").add("Rohan", "ROH")
            .add("its", org.parley.model.MentionKind.COREFERENCE, "ARN");
    private static final String PETRARCH = String.join("\n",
            "&ARMS", "+WEAPON",
            "--- RESTORE [064] ---", "RESTORE", "- NOT_* [111]",
            "--- CONDEMN [111] ---", "CONDEMN",
            "--- LEFT [032:033] ---", "LEFT",
            "--- LEAVE [0874] ---", "LEAVE",
            "--- AGREE [---] ---", "AGREE", "- % * [030]",
            "--- FREE [---] ---", "FREE", "- + * FROM $ [075]",
            "--- REGRET [111] ---", "REGRET", "- NOTED + * [112]",
            "--- SEND [070] ---", "SEND", "- * TROOPS [---]", "- * AID (TO +) [071]", "- * &ARMS (TO +) [072]",
            "--- CELEBRATE [---] ---", "CELEBRATE", "- * IFTAR IN ^ + [045]", "- * IFTAR AT ^ ^ + [044]", "- + HOSTING * FESTIVAL $ [042]", "- $ HOSTING ^ * ANNIVERSARY [043]",
            "--- WITHDRAW [192] ---", "WITHDRAW", "- * MONEY [###]",
            "--- ADOPT [081] ---", "ADOPT", "- * RESOLUTION [102]",
            "--- ABANDON [080] ---", "ABANDON", "- * EFFORT [0874]", "- HAVE * [0871]",
            "--- ATTACK [190] ---", "ATTACK",
            "--- HALT [191] ---", "HALT", "- * MARCH [192]",
            "--- URGE [020] ---", "URGE",
            "--- SPUR [081] ---", "SPUR", "");
    private static final PatternEventCoder CODER = new PatternEventCoder(
            new PetrarchVerbReader(CameoTable.builtIn()).read(PETRARCH, "test.verbs").dictionary());

    private static List<String> code(PatternEventCoder coder, String text) {
        return code(coder, ACTORS, text);
    }

    private static List<String> code(PatternEventCoder coder, PhraseActorResolver actors, String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        List<CodedEvent> events = coder.code(doc, actors.resolve(doc));
        return EventStrings.of(events);
    }

    private static List<String> code(String text) {
        return code(CODER, text);
    }

    @Test
    void aPassiveWithoutByIsReadAsActiveOnlyWhenThePassiveNeedsBy() {
        String text = "Arnor was condemned over its dispute with Gondor.";
        assertEquals(List.of(), code(text), "standard: Arnor is the one condemned, by nobody named");
        PatternEventCoder petrarch = (PatternEventCoder) CODER.with(CodingOptions.STANDARD.withPassiveNeedsBy(true));
        assertEquals(List.of("ARN>GON:111"), code(petrarch, text));
        assertEquals(List.of("GON>ARN:111"), code(petrarch, "Arnor was condemned by Gondor."),
                "with a by phrase the verb is passive all the same");
    }

    @Test
    void theVerbAloneTakesTheNearestActorOfItsPhraseAsTarget() {
        assertEquals(List.of("ARN>GON:064"), code("Arnor restored relations with Gondor."));
    }

    @Test
    void aWordRightBeforeTheVerb() {
        assertEquals(List.of("ARN>GON:111"), code("Arnor did not restore relations with Gondor."));
    }

    @Test
    void theWordAsWrittenBeforeItsLemmaAndAReverseCode() {
        assertEquals(List.of("ARN>GON:032", "GON>ARN:033"), code("Arnor left for Gondor on Monday."));
        assertEquals(List.of("ARN>GON:0874"), code("Arnor will leave Gondor."));
    }

    @Test
    void aCompoundSubjectActsBothWays() {
        List<String> events = code("Arnor and Gondor agreed to cooperate.");
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.containsAll(List.of("ARN>GON:030", "GON>ARN:030")), events.toString());
    }

    @Test
    void targetBeforeTheVerbAndSourceBehindAPreposition() {
        assertEquals(List.of("ARN>GON:075"), code("Gondor was freed from Arnor."));
    }

    @Test
    void targetBeforeTheVerbWithoutSourceTakesTheSubjectAbove() {
        assertEquals(List.of("GON>ARN:112"), code("Gondor noted that Arnor regretted the decision."));
    }

    @Test
    void aNullPatternCodesNothingAndStopsTheDefault() {
        assertEquals(List.of(), code("Arnor sent troops to Gondor."));
        assertEquals(List.of("ARN>GON:071"), code("Arnor sent aid to Gondor."));
        assertEquals(List.of("ARN>GON:070"), code("Arnor sent books to Gondor."));
    }

    @Test
    void aSkipPassesOverTheNounPhraseBehindItsPreposition() {
        assertEquals(List.of("ARN>GON:045"), code("Arnor celebrated Iftar in Osgiliath with Gondor."));
    }

    @Test
    void aSkipCountsANounNamingNoActorWithItsOfPhraseAsOneNounPhrase() {
        assertEquals(List.of("ARN>ROH:044"), code("Arnor celebrated Iftar at Osgiliath with the leaders of Gondor in Rohan."));
        assertEquals(List.of("ARN>ROH:044"), code("Arnor celebrated Iftar at Osgiliath with Gondor in Rohan."));
    }

    @Test
    void aSkipBeforeTheVerbPassesOverTheGuestToTheHost() {
        assertEquals(List.of("ARN>GON:043"), code("Arnor is hosting Osgiliath to celebrate the anniversary with Gondor."));
    }

    @Test
    void aDiscardPatternSilencesTheWholeSentence() {
        assertEquals(List.of("ARN>GON:111"), code("Arnor condemned Gondor."));
        assertEquals(List.of(), code("Arnor condemned Gondor and withdrew money from Osgiliath."));
    }

    @Test
    void aWordInsideAPrepositionalPhraseNeedsItsPreposition() {
        assertEquals(List.of("ARN>GON:102"), code("Arnor adopted a resolution with Gondor."));
        assertEquals(List.of("ARN>GON:081"), code("Arnor adopted the text of a resolution with Gondor."));
    }

    @Test
    void aPatternNounMatchesOnlyAsWrittenAVerbAlsoThroughItsLemma() {
        assertEquals(List.of("ARN>GON:0874"), code("Arnor abandoned the effort against Gondor."));
        assertEquals(List.of("ARN>GON:080"), code("Arnor abandoned efforts against Gondor."),
                "EFFORT is not the plural, as PETRARCH reads its pattern nouns");
        assertEquals(List.of("ARN>GON:0871"), code("Arnor has abandoned Gondor."), "HAVE is also 'has'");
        assertEquals(List.of("ARN>GON:072"), code("Arnor sent weapons to Gondor."),
                "a synset member is also its plural, which PETRARCH generates");
    }

    @Test
    void thePassiveTakesItsByPhraseAsSourceAndCodesNothingWithout() {
        assertEquals(List.of("ARN>GON:190"), code("Gondor was attacked by Arnor."));
        assertEquals(List.of(), code("Gondor was attacked on Monday."));
    }

    @Test
    void noTargetInsideASubordinateClauseWithItsOwnSubject() {
        assertEquals(List.of(), code("Arnor restored relations with Gxndor after Osgiliath crowds burned its embassy."));
    }

    @Test
    void noTargetInsideAFiniteAdverbialClauseTheParserLeftWithoutSubject() {
        PatternEventCoder coder = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "--- SHOOT [190] ---", "SHOOT", ""), "test.verbs").dictionary());
        String text = "A Pakistani woman believed linked to Arnor who shot at US military officers while in detention "
                + "in Gondor was extradited Monday to the United States.";
        assertEquals(List.of(), code(coder, text));
        assertEquals(List.of("ARN>GON:190"), code(coder, "Arnor shot at soldiers in Gondor while they were asleep."));
    }

    @Test
    void anInfinitiveCarriesOnTheVerbAboveEvenWithASubjectTheParserGaveIt() {
        PatternEventCoder coder = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "--- VOW [170] ---", "VOW", "- * WAR [138]", ""), "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:138"), code(coder,
                "Arnor's militia vowed on Thursday to wage war on Gondor until that group yielded ground seized in "
                        + "six days of fighting."));
    }

    @Test
    void anEmbeddedQuestionIsWhatTheAskingIsAbout() {
        PatternEventCoder coder = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "--- QUESTION [---] ---", "QUESTION", "- BEGUN * [112]", ""), "test.verbs")
                .dictionary());
        assertEquals(List.of("ARN>GON:112"), code(coder,
                "Arnor has begun to question whether it really has much of a future with Gondor."));
    }

    @Test
    void aPrepositionTheParserReadAsAnAdverbStillIntroducesTheTarget() {
        PatternEventCoder coder = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "--- WELCOME [041] ---", "WELCOME", "- * MEMOS ABOUT [043]", ""),
                        "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:043"),
                code(coder, "Arnor welcomed economic memos not about Gondor on its role in forthcoming peace talks."));
        assertEquals(List.of("ARN>GON:043"),
                code(coder, "Arnor welcomed economic memos about Gondor on its role in forthcoming peace talks."));
    }

    @Test
    void aPronounSubjectStandsForTheSubjectAboveAndAnOwnerForItsNoun() {
        assertEquals(List.of("ARN>GON:064"), code("Arnor said it would restore relations with Gondor."));
        assertEquals(List.of("ARN>GON:111"), code("Arnor's militia condemned Gondor."));
    }

    @Test
    void tabariStemsMatchEveryForm() {
        PatternEventCoder tabari = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read("ACCUS [112]\n", "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:112"), code(tabari, "Arnor accused Gondor of spying."));
        assertEquals(List.of("ARN>GON:112"), code(tabari, "Arnor accuses Gondor of spying."));
    }

    @Test
    void aMentionOfTheSourceItselfIsNotThePhraseTarget() {
        // "its" stands for Arnor: the target is the next actor of the phrase, not Arnor again
        assertEquals(List.of("ARN>GON:192"), code("Arnor halted its march towards Gondor."));
    }

    @Test
    void aSubjectNounNamingNoActorIsNotReplacedByTheSubjectAbove() {
        // the attackers are "rioters", not Arnor: the clause has a subject of its own
        assertEquals(List.of("ARN>GON:064"),
                code("Arnor restored relations with Gondor after rioters attacked Osgiliath."));
    }

    private static final PatternEventCoder TABARI_WORDS = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
            .read(String.join("\n", "SHOULD [100]", "- * RELEASE PRISONERS [102]",
                    "MEET [036]", "- % HAVE POSTPONED * [191]", "RESUM [064]", "HOPE [024]",
                    "PARADE [---]", "- ANTI- + * [111]", ""), "test.verbs").dictionary());

    @Test
    void aTabariModalStandsForTheClauseOfItsVerb() {
        assertEquals(List.of("GON>ARN:102"), code(TABARI_WORDS, "Gondor should release prisoners to Arnor."));
        // a PETRARCH dictionary reads verbs only
        PatternEventCoder petrarch = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read("--- SHOULD [100] ---\nSHOULD\n", "test.verbs").dictionary());
        assertEquals(List.of(), code(petrarch, "Gondor should release prisoners to Arnor."));
    }

    @Test
    void aTabariNounTakesTheSubjectOfItsClauseOrItsOwnActorModifier() {
        List<String> events = code(TABARI_WORDS, "Arnor and Gondor have postponed their meeting.");
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.containsAll(List.of("ARN>GON:191", "GON>ARN:191")), events.toString());
        assertEquals(List.of("GON>ARN:036"), code(TABARI_WORDS, "Gondor proposed meetings with Arnor."));
        // a + before the word is the actor modifying it; the article before "anti-" does not make a thing of it
        assertEquals(List.of("ARN>GON:111"), code(TABARI_WORDS, "Arnor joined an anti- Gondor parade on Saturday."));
        assertEquals(List.of("GON>ARN:064"), code(TABARI_WORDS, "Gondor's resumption of trade with Arnor surprised many."));
    }

    @Test
    void aTabariNounTakesThePhraseRightAfterItThatTheParserHungHigherUp() {
        PatternEventCoder tabari = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read("ACCORD [---]\n- INCHING { CLOSER | MILITARY } * [083]\n", "test.verbs").dictionary());
        // the parser hangs "with Gondor" on "inching", not on "accord"
        assertEquals(List.of("ARN>GON:083"), code(tabari, "Arnor is inching military to accord with Gondor."));
        assertEquals(List.of("ARN>GON:083"), code(tabari, "Arnor is inching closer to accord with Gondor."));
    }

    @Test
    void aTabariVerbTheTaggerReadAsANounBetweenTwoNamesActsOnTheNameAfterIt() {
        PatternEventCoder tabari = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read("ARM_ [182]\n", "test.verbs").dictionary());
        PhraseActorResolver actors = new PhraseActorResolver().add("Estonia", "EST").add("Libya", "LBY");
        // tagged as one noun phrase, "arms" a compound modifier of "Libya"
        assertEquals(List.of("EST>LBY:182"), code(tabari, actors,
                "Estonia arms Libya almost five years after crowds trashed its embassy, a senior official said."));
    }

    @Test
    void aMultiWordVerbTheTaggerSplitIsReadOnItsVerb() {
        PatternEventCoder petrarch = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read("--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
                        + "- WILL NOT * [081]\n", "test.verbs").dictionary());
        // the tagger reads "wire" as the verb and "tap" as its object
        assertEquals(List.of("ARN>GON:081"), code(petrarch, "Arnor will not wire tap the phone lines into Gondor."));
        assertEquals(List.of(), code(petrarch, "Arnor will not wire money to Gondor."), "'wire' alone is no tapping");
    }

    @Test
    void aTabariNounWithAnArticleOrInsideACodedPhraseCodesNothing() {
        assertEquals(List.of(), code(TABARI_WORDS, "Gondor proposed the meeting with Arnor."));
        assertEquals(List.of("GON>ARN:064"), code(TABARI_WORDS, "Gondor resumed meetings with Arnor."));
        // the hope is the event, not the resumption below it
        assertEquals(List.of("GON>ARN:024"), code(TABARI_WORDS,
                "Gondor hoped that Arnor would be drawn into talks by its resumption of trade with Osgiliath."));
    }

    @Test
    void aModalPatternMoreSpecificThanItsVerbsOwnWins() {
        PatternEventCoder coder = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "DEMAND [150]", "SHOULD [100]", "- SUGGESTED * DEMAND APOLOGY [102]", ""),
                        "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:102"), code(coder, "Arnor suggested it should demand an apology from Gondor."));
        assertEquals(List.of("ARN>GON:150"), code(coder, "Arnor should demand money from Gondor."));
    }

    @Test
    void aClauseWithoutSubjectTakesTheSubjectOfAVerbThePatternNamesBefore() {
        PatternEventCoder coder = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "BOYCOTT [191]", "- NOTED WOULD * [172]", ""), "test.verbs").dictionary());
        // "would boycott" has no subject of its own: the named "noted" gives Arnor
        assertEquals(List.of("ARN>GON:172"), code(coder, "Arnor noted would now boycott a Gondor parade."));
    }

    @Test
    void anActorRightBeforeAModalIsItsClausesSubject() {
        PatternEventCoder coder = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "SHOULD [100]", "- * PAY + [071]", ""), "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:071"), code(coder, "Arnor never should pay Gondor."));
    }

    @Test
    void noTargetInAClauseSetBesideTheHead() {
        assertEquals(List.of(), code("Arnor will restore relations soon, a Gondor official said."));
        assertEquals(List.of("ARN>GON:064"), code("Arnor will restore relations with Gondor, an official said."));
        assertEquals(List.of(), code("Arnor resumed relations two years after rioters looted its consulate,"
                + " a senior Osgiliath diplomat told reporters on Monday."));
    }

    @Test
    void theInfinitiveComplementOfACodedVerbIsNotCodedAgain() {
        assertEquals(List.of("ARN>GON:020"), code("Arnor urged Gondor to attack Osgiliath."));
        assertEquals(List.of("ARN>OSG:190"), code("Arnor decided to attack Osgiliath."));
    }

    @Test
    void aTargetBeforeThePatternsWordsIsTheActorOfThoseWords() {
        // "+ HOSTING *": the host is the target, not the guest who celebrates
        assertEquals(List.of("OSG>ARN:042"),
                code("Arnor will be hosting Gondor to celebrate the festival with Osgiliath."));
    }

    @Test
    void aTabariBlankInsideAnAlternativeLetsOtherWordsStandBetween() {
        PatternEventCoder coder = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "<SYNSETS>", "&MONEY", "+AUSTRIAN FLORIN", "+SWISS_FRANC", "</SYNSETS>",
                        "CONTRIBUT [070]", "- * &MONEY [071]", ""), "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:071"), code(coder, "Arnor will contribute a million Austrian gold florin to Gondor."));
        assertEquals(List.of("ARN>GON:070"), code(coder, "Arnor will contribute a million Swiss gold franc to Gondor."));
    }

    @Test
    void aClauseWithItsOwnSubjectDoesNotInheritTheSubjectAbove() {
        // the crowds attacked, not Gondor
        assertEquals(List.of("GON>ARN:064"), code("Gondor restored relations with Arnor after crowds attacked Osgiliath."));
        assertEquals(List.of("GON>ARN:064"), code("Gondor restored relations with Arnor and crowds attacked Osgiliath."));
    }

    @Test
    void amongEquallySpecificPatternsALiteralWordBeatsASynset() {
        PatternEventCoder coder = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "<SYNSETS>", "&MONEY", "+DOLLAR", "+EUROS", "</SYNSETS>",
                        "CONTRIBUT [070]", "- * &MONEY [071]", "- * DOLLAR [072]", ""), "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:072"), code(coder, "Arnor will contribute a million dollars to Gondor."));
        assertEquals(List.of("ARN>GON:071"), code(coder, "Arnor will contribute a million euros to Gondor."));
    }

    private static PatternEventCoder tabari(String... lines) {
        return new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read(String.join("\n", lines) + "\n", "test.verbs").dictionary());
    }

    @Test
    void aTabariCompoundAfterTheVerbIsAGroupWhoseMembersActOnEachOther() {
        PatternEventCoder coder = tabari("EXCHANG [---]", "- HAS * WITH % [046]");
        List<String> events = code(coder, "Osgiliath has exchanged prisoners with Arnor and Gondor.");
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.containsAll(List.of("ARN>GON:046", "GON>ARN:046")), events.toString());
        // PETRARCH's % after the verb stays an ordinary target: one event per member
        PatternEventCoder petrarch = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read(String.join("\n", "--- EXCHANGE [---] ---", "EXCHANGE", "- * WITH % [046]", ""),
                        "test.verbs").dictionary());
        List<String> members = code(petrarch, "Osgiliath exchanged prisoners with Arnor and Gondor.");
        assertTrue(members.containsAll(List.of("OSG>ARN:046", "OSG>GON:046")), members.toString());
    }

    @Test
    void aTabariWordClosedByAnUnderscoreIsThatWordAsWritten() {
        PatternEventCoder coder = tabari("ADOPT [081]", "- * RESOLUTION_ [102]");
        assertEquals(List.of("ARN>GON:102"), code(coder, "Arnor adopted a resolution with Gondor."));
        assertEquals(List.of("ARN>GON:081"), code(coder, "Arnor adopted resolutions with Gondor."));
        PatternEventCoder stem = tabari("ADOPT [081]", "- * RESOLUTION [102]");
        assertEquals(List.of("ARN>GON:102"), code(stem, "Arnor adopted resolutions with Gondor."));
    }

    @Test
    void amongEquallySpecificPatternsLiteralWordsBeatAChoiceOfPhrases() {
        PatternEventCoder coder = tabari("VOW [170]", "- * RESIST { TO THE END | TO THE DEATH } [113]",
                "- * RESISTANCE TO THE INVADING [114]");
        assertEquals(List.of("ARN>GON:114"),
                code(coder, "Arnor vowed resistance to the end to the invading Gondor army."));
        assertEquals(List.of("ARN>GON:113"), code(coder, "Arnor vowed to resist to the end the Gondor army."));
    }

    @Test
    void aDateReadAsTheSubjectOfTheClauseAfterItDoesNotCutTheTargetOff() {
        PatternEventCoder coder = tabari("VOW [170]", "- * WAR [173]");
        assertEquals(List.of("ARN>GON:173"), code(coder, "Arnor's militia vowed on Thursday to wage war on Gondor."));
    }

    @Test
    void aPronounRightBeforeAModalStandsForTheSubjectOfTheVerbItHangsFrom() {
        PatternEventCoder coder = tabari("SHOULD [101]");
        assertEquals(List.of("ARN>GON:101"), code(coder, "Arnor suggested it should not require any international "
                + "conventions in its dealings with Gondor, an Arnorian embassy spokesman said."));
    }

    @Test
    void aPrepositionReadAsAnAdverbStillIntroducesTheTarget() {
        PatternEventCoder coder = tabari("WELCOME [041]", "- * ECONOMIC MEMOS ABOUT [042]");
        assertEquals(List.of("ARN>GON:042"),
                code(coder, "Arnor welcomed economic memos not about Gondor on its role for in forthcoming talks."));
    }

    @Test
    void aGroupWithTwoCodesTakesBothCodesBothWays() {
        PatternEventCoder coder = tabari("WELCOME [---]", "- % * [044:045]");
        List<String> events = code(coder, "Arnor and Gondor welcomed the resumption of formal ties.");
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.containsAll(List.of("ARN>GON:044", "GON>ARN:045", "GON>ARN:044", "ARN>GON:045")),
                events.toString());
        List<String> one = code(tabari("WELCOME [---]", "- % * [044]"), "Arnor and Gondor welcomed the talks.");
        assertEquals(2, one.size(), one.toString());
        assertTrue(one.containsAll(List.of("ARN>GON:044", "GON>ARN:044")), one.toString());
    }

    @Test
    void aTargetAfterTheHeadIsNotTheClauseSubjectBeforeItNorItsPronoun() {
        PhraseActorResolver itsGondor = new PhraseActorResolver()
                .add("Arnor", "ARN").add("Gondor", "GON").add("Osgiliath", "OSG")
                .add("its", org.parley.model.MentionKind.COREFERENCE, "GON");
        PatternEventCoder coder = tabari("SHOULD [101]", "- SUGGESTED * APPLY CONVENTIONS [152]");
        List<String> events = code(coder, itsGondor,
                "Arnor suggested Gondor should apply the conventions in its dealings with Osgiliath.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).endsWith(">OSG:152"), "its is Gondor's own: " + events);
    }

    @Test
    void aClauseInsertedBetweenCommasGivesNoTarget() {
        PatternEventCoder coder = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn()).read(
                String.join("\n", "--- BRUSH [---] ---", "BRUSH", "- * ASIDE REPORTS [141]",
                        "--- ATTACK [190] ---", "ATTACK", ""), "t.verbs")
                .dictionary());
        assertEquals(List.of("ARN>GON:141"), code(coder,
                "Arnor brushed aside reports, rumored to originate in Osgiliath, that Gondor attacked."));
        assertEquals(List.of("ARN>OSG:141"), code(coder,
                "Arnor brushed aside reports rumored to originate in Osgiliath that Gondor attacked."),
                "without the commas the phrase is the reports' own");
        assertEquals(List.of("ARN>GON:141"), code(coder,
                "Arnor brushed aside reports that Gondor attacked Osgiliath."),
                "the clause whose subject is the target belongs to the coded phrase");
        assertEquals(List.of("GON>OSG:190"), code(coder, "Arnor dismissed reports that Gondor attacked Osgiliath."),
                "no pattern above it: the clause codes on its own");
    }

    @Test
    void theSubjectOfARelativeClauseIsNoPhraseTarget() {
        assertEquals(List.of(), code("Arnor restored the ties that Gondor had cut."));
        assertEquals(List.of("ARN>OSG:064"), code("Arnor restored the ties with Osgiliath that Gondor had cut."));
    }

    private static final PatternEventCoder TABARI_FORMS = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
            .read(String.join("\n", "DONATE_ [073]", "BAN= [191]", "DEPART_ [032]", ""), "test.verbs").dictionary());

    @Test
    void aWordBeforeAPossessiveIsNoVerb() {
        assertEquals(List.of("ARN>GON:073"), code(TABARI_FORMS, "Arnor donated cash to Gondor."));
        assertEquals(List.of(), code(TABARI_FORMS, "Arnor donate's cash to Gondor."));
    }

    @Test
    void aMisspeltFormDoesNotMatchThroughItsGuessedLemma() {
        assertEquals(List.of("ARN>GON:191"), code(TABARI_FORMS, "Arnor is banning Gondor."));
        assertEquals(List.of(), code(TABARI_FORMS, "Arnor is baning Gondor."));
        PatternEventCoder petrarch = new PatternEventCoder(new PetrarchVerbReader(CameoTable.builtIn())
                .read("--- DEPART [032] ---\nDEPART\n", "test.verbs").dictionary());
        assertEquals(List.of("ARN>GON:032"), code(petrarch, "Arnor departs from Gondor."));
        assertEquals(List.of(), code(petrarch, "Arnor departes from Gondor."));
    }

    @Test
    void anActiveParticipleIsDoneByTheNounItModifies() {
        assertEquals(List.of("ARN>GON:032"), code(TABARI_FORMS, "Arnor departing from Gondor was a surprise."));
    }

    @Test
    void wordsBetweenASubjectNounAndItsVerbBelongToTheNoun() {
        PatternEventCoder coder = new PatternEventCoder(new TabariVerbReader(CameoTable.builtIn())
                .read("ACT_ [100]\n- * RESOLUTION [102]\n", "test.verbs").dictionary());
        // the parser hangs "on a resolution with Gondor" on "said", not on the subject "act"
        assertEquals(List.of("ARN>GON:102"),
                code(coder, "Arnor act on a resolution with Gondor years ago, an official said on Monday."));
    }

    @Test
    void theBetweenPartiesOfASubjectNounActAndAPartyNamedAgainInTheTargetGroupStays() {
        // the subject "ties" names no actor: its parties act; Gondor, a party, is named again among the targets
        List<String> events = code("Ties between Arnor and Gondor may spur reconciliation between Rohan and Gondor.");
        assertEquals(3, events.size(), events.toString());
        assertTrue(events.containsAll(List.of("ARN>ROH:081", "ARN>GON:081", "GON>ROH:081")), events.toString());
    }

    @Test
    void theSourceNamedAgainIsNotTheNearestTarget() {
        assertEquals(List.of("ARN>GON:064"), code("Arnor restored Arnor's relations with Gondor."));
    }
}
