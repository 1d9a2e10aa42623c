package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.app.Engine;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.MentionKind;
import org.parley.testing.EventStrings;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** The pattern engine on real parses of short sentences, with a fixed-phrase fake for the actors stage. */
class PatternEventCoderTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Osgiliath", "OSG").add("Rohan", "ROH")
            .add("Mordor", MentionKind.CAPITAL, "MORGOV")
            .add("the two sides", MentionKind.COREFERENCE, "ARN", "GON")
            .add("Aragorn", MentionKind.PERSON, "ARNGOV")
            .add("A senior official", MentionKind.GROUP, "---GOV");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    private static List<String> code(String text) {
        return code(CODER, text);
    }

    /** Codes with a small dictionary written in the test, so the engine is tested apart from the built-in data. */
    private static List<String> code(String patterns, String text) {
        try {
            PatternDictionary d = PatternDictionary.read(
                    new java.io.ByteArrayInputStream(patterns.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");
            return code(new PatternEventCoder(d), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> code(PatternEventCoder coder, String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        List<CodedEvent> events = coder.code(doc, ACTORS.resolve(doc));
        return EventStrings.of(events);
    }

    private static final CodingOptions DEFAULTS = CodingOptions.STANDARD.withDefaults(
            Optional.of(Actor.of("DEFSRC")), Optional.of(Actor.of("DEFTAR")));

    private static List<String> code(CodingOptions options, String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        EventCoder coder = Engine.eventCoder(PatternDictionary.builtIn(), DiscardList.builtIn()).with(options);
        return EventStrings.of(coder.code(doc, ACTORS.resolve(doc)));
    }

    @Test
    void whatAProtestIsAboutIsNotDoneByTheProtester() {
        assertEquals(List.of("ARN>GON:114"), code("Arnor lodged a protest with Gondor over the detention of Aragorn."));
    }

    @Test
    void aSubjectNamingNoActorStandsForItsOwner() {
        assertEquals(List.of("GON>ARN:190"), code("Gondor militiamen attacked Arnor on Monday."));
        assertEquals(List.of("GON>ARN:190"), code("The militiamen of Gondor attacked Arnor on Monday."));
        assertEquals(List.of(), code("The militiamen attacked Arnor on Monday."), "no owner, no source");
    }

    @Test
    void sentencesShorterThanTheMinimumAreNotCoded() {
        assertEquals(List.of(), code(CodingOptions.STANDARD.withMinimumWords(4), "Arnor attacked Gondor."));
        assertEquals(List.of("ARN>GON:190"), code(CodingOptions.STANDARD.withMinimumWords(3), "Arnor attacked Gondor."));
        assertEquals(List.of("ARN>GON:190"), code(CodingOptions.STANDARD.withMinimumWords(5),
                "Arnor attacked Gondor on Monday."));
    }

    @Test
    void defaultActorsFillOnlyTheMissingSide() {
        assertEquals(List.of(), code("Rebels attacked Gondor on Monday."), "no source: nothing by default");
        assertEquals(List.of("DEFSRC>GON:190"), code(DEFAULTS, "Rebels attacked Gondor on Monday."));
        assertEquals(List.of("ARN>DEFTAR:190"), code(DEFAULTS, "Arnor attacked the village on Monday."));
        assertEquals(List.of("DEFSRC>DEFTAR:190"), code(DEFAULTS, "Rebels attacked the village on Monday."),
                "a sentence without actors is coded when both defaults are set");
        assertEquals(List.of("ARN>GON:190"), code(DEFAULTS, "Arnor attacked Gondor on Monday."));
        assertEquals(List.of("ARN>GON:190", "ARN>OSG:190"),
                code(DEFAULTS.withDefaults(Optional.of(Actor.of("DEFSRC")), Optional.empty()),
                        "Arnor attacked Gondor and Osgiliath."));
    }

    private static final CodingOptions ONE_SIDED = CodingOptions.STANDARD.withRequireDyad(false);

    @Test
    void withoutRequireDyadAnUnidentifiedSideIsNoActor() {
        assertEquals(List.of(), code("Arnor attacked the village on Monday."), "a dyad is required by default");
        assertEquals(List.of("ARN>---:190"), code(ONE_SIDED, "Arnor attacked the village on Monday."));
        assertEquals(List.of("--->GON:190"), code(ONE_SIDED, "Rebels attacked Gondor on Monday."));
        assertEquals(List.of("ARN>GON:190"), code(ONE_SIDED, "Arnor attacked Gondor on Monday."));
        assertEquals(List.of(), code(ONE_SIDED, "Rebels attacked the village on Monday."), "one side at least");
    }

    @Test
    void withoutRequireDyadAnAbsentSideCodesNothing() {
        assertEquals(List.of(), code(ONE_SIDED, "Gondor was attacked."), "a passive without its by phrase");
        assertEquals(List.of(), code(ONE_SIDED, "Arnor attacked yesterday."), "nothing after the verb but a time word");
    }

    @Test
    void aOneSidedEventInAnAdverbialClauseOfACodedEventIsItsCircumstance() {
        assertEquals(List.of("ARN>GON:190"),
                code(ONE_SIDED, "Arnor attacked Gondor after rebels attacked the embassy."));
        assertEquals(List.of("--->GON:190", "ARN>---:190"),
                code(ONE_SIDED, "Rebels attacked Gondor after Arnor attacked the embassy."),
                "no event with both sides above it: both are kept");
    }

    @Test
    void itStandsForNoPersonNorAnUnnamedGroupMember() {
        assertEquals(List.of("ARN>GON:190"), code("Arnor said it would attack Gondor."));
        assertEquals(List.of(), code("A senior official said it would attack Gondor."),
                "an official of unknown country is \"he\" or \"she\", not \"it\"");
        assertEquals(List.of(), code("Aragorn said it would attack Gondor."));
    }

    @Test
    void aCoderWithoutSettingsTakesOnlyTheStandardOnes() {
        EventCoder plain = (document, actors) -> List.of();
        assertSame(plain, plain.with(CodingOptions.STANDARD));
        assertThrows(IllegalArgumentException.class, () -> plain.with(DEFAULTS));
    }

    @Test
    void activeVerbWithObject() {
        assertEquals(List.of("ARN>GON:190"), code("Arnor attacked Gondor on Monday."));
    }

    @Test
    void passiveVoiceSwapsSubjectAndAgent() {
        assertEquals(List.of("ARN>GON:190"), code("Gondor was attacked by Arnor on Monday."));
    }

    @Test
    void compoundSourceGivesOneEventPerMember() {
        assertEquals(List.of("ARN>GON:111", "OSG>GON:111"), code("Arnor and Osgiliath condemned Gondor."));
    }

    @Test
    void compoundTargetGivesOneEventPerMember() {
        assertEquals(List.of("ARN>GON:163", "ARN>OSG:163"), code("Arnor imposed sanctions on Gondor and Osgiliath."));
    }

    @Test
    void lightVerbWithEventNounAndPreposition() {
        List<String> events = code("Arnor held talks with Gondor in Osgiliath.");
        assertEquals(List.of("ARN>GON:040"), events);
    }

    @Test
    void symmetricPatternPairsAGroupSubject() {
        assertEquals(List.of("ARN>GON:040"), code("The two sides discussed trade."));
    }

    @Test
    void nominalEventTakesThePossessorAsSource() {
        assertEquals(List.of("ARN>GON:042"), code("Arnor's visit to Gondor ended without agreement."));
    }

    @Test
    void relativePronounTakesTheActorsBeforeIt() {
        List<String> events = code("Attention is growing around a summit between Arnor and Gondor, who last met in 2019.");
        assertTrue(events.contains("ARN>GON:040") || events.contains("GON>ARN:040"), events.toString());
    }

    @Test
    void infinitiveComplementIsCodedOnceByTheEmbeddingVerb() {
        assertEquals(List.of("ARN>GON:138"), code("Arnor threatened to attack Gondor."));
    }

    @Test
    void possessorOfTheObjectIsTheTarget() {
        // assistance is aid: 023 "appeal for aid" (the first dictionary had 021, material cooperation)
        assertEquals(List.of("ARN>GON:023"), code("Arnor will seek Gondor's assistance."));
    }

    @Test
    void purposeClauseInheritsTheSubject() {
        List<String> events = code("Arnor is expected to use the trip to seek Gondor's cooperation.");
        assertEquals(List.of("ARN>GON:022"), events);
    }

    @Test
    void noActorsNoEvent() {
        assertEquals(List.of(), code("The weather was fine and the markets rose."));
    }

    @Test
    void anActorDoesNotActOnItself() {
        assertEquals(List.of(), code("Arnor praised Arnor."));
    }

    @Test
    void locationFromInPhraseIsNotATarget() {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "",
                "Arnor held talks with Gondor in Mordor last week."));
        List<CodedEvent> events = CODER.code(doc, ACTORS.resolve(doc));
        assertEquals(1, events.size());
        assertEquals("GON", events.get(0).target().roles().get(0).actor().code());
        assertEquals("Mordor", events.get(0).location().text());
        assertEquals("MOR", events.get(0).location().country());
        assertTrue(events.get(0).rule().contains("hold talks with *T"), events.get(0).rule());
    }

    @Test
    void targetBeforeTheComplementIsTheHeadsObject() {
        String d = "020 urge *T\n0253 urge *T to release\n";
        assertEquals(List.of("ARN>GON:0253"), code(d, "Arnor urged Gondor to release the prisoners."));
        assertEquals(List.of("ARN>GON:0253"), code(d, "Gondor was urged by Arnor to release the prisoners."));
        assertEquals(List.of("ARN>GON:020"), code(d, "Arnor urged Gondor to hold elections."));
    }

    @Test
    void targetBeforeAClauseComplementIsTheClausesSubject() {
        String d = "100 demand *T\n106 demand *T to withdraw\n";
        assertEquals(List.of("ARN>GON:106"), code(d, "Arnor demanded that Gondor withdraw its troops."));
        assertEquals(List.of(), code(d, "Arnor demanded that its troops withdraw from Gondor."));
    }

    @Test
    void toMayIntroduceANounInsteadOfAnInfinitive() {
        String d = "036 agree to talks with *T\n040 @talks with *T\n";
        assertEquals(List.of("ARN>GON:036"), code(d, "Arnor agreed to talks with Gondor."));
        assertEquals(List.of("ARN>GON:040"), code(d, "Arnor began talks with Gondor."));
    }

    @Test
    void aPrepositionParsedAsAParticleStillIntroducesTheTarget() {
        String d = "020 call on *T\n041 call *T\n";
        assertEquals(List.of("ARN>GON:020"), code(d, "Arnor called on Gondor to show restraint."));
        assertEquals(List.of("ARN>GON:041"), code(d, "Arnor called Gondor on Monday."));
    }

    @Test
    void prepositionalObjectAfterTheTarget() {
        String d = "112 accuse *T\n1125 accuse *T of espionage\n1125 accuse *T of spying\n190 attack *T\n";
        assertEquals(List.of("ARN>GON:1125"), code(d, "Arnor accused Gondor of espionage."));
        assertEquals(List.of("ARN>GON:1125"), code(d, "Gondor was accused of espionage by Arnor."));
        assertEquals(List.of("ARN>GON:112"), code(d, "Arnor accused Gondor of corruption."));
        assertEquals(List.of("ARN>GON:1125"), code(d, "Arnor accused Gondor of spying for Rohan."));
    }

    @Test
    void nominalHeadModifiersMustBePresent() {
        String d = "190 @strikes on *T\n195 @air strikes on *T\n";
        assertEquals(List.of("ARN>GON:195"), code(d, "Arnor air strikes on Gondor killed ten people."));
        assertEquals(List.of("ARN>GON:190"), code(d, "Arnor missile strikes on Gondor killed ten people."));
    }

    @Test
    void aTargetWordThatNamesNoActorGivesWayToItsOwner() {
        String d = "111 condemn *T\n174 expel *T's diplomats\n166 expel *T\n";
        assertEquals(List.of("ARN>GON:111"), code(d, "Arnor condemned Gondor's stance."));
        assertEquals(List.of("ARN>GON:111"), code(d, "Gondor's stance was condemned by Arnor."));
        assertEquals(List.of("ARN>GONGOV:111"), code(d, "Arnor condemned Gondor's decision."),
                "a country's decision is its government's (OwnedThings)");
        assertEquals(List.of("ARN>GON:174"), code(d, "Arnor expelled two Gondor diplomats."));
        assertEquals(List.of("ARN>GON:166"), code(d, "Arnor expelled two Gondor journalists."));
        assertEquals(List.of(), code(d, "Arnor condemned the decision."));
    }

    @Test
    void smallClauseAfterTheTarget() {
        String d = "112 hold *T responsible\n";
        assertEquals(List.of("ARN>GON:112"), code(d, "Arnor held Gondor responsible for the attack."));
        assertEquals(List.of(), code(d, "Arnor held Gondor's talks in high regard."));
    }

    @Test
    void prepositionBeforeAPossessedObject() {
        String d = "080 bow to *T\n083 bow to *T's demands\n";
        assertEquals(List.of("ARN>GONGOV:083"), code(d, "Arnor bowed to Gondor's demands."),
                "a country's demands are its government's (OwnedThings)");
        assertEquals(List.of("ARN>GON:080"), code(d, "Arnor bowed to Gondor."));
    }

    @Test
    void particleFusedIntoATwoWordPreposition() {
        String d = "087 pull out of *T\n";
        assertEquals(List.of("ARN>OSG:087"), code(d, "Arnor pulled out of Osgiliath."));
        assertEquals(List.of(), code(d, "Arnor pulled the file of Osgiliath."));
    }

    @Test
    void aDirectPatternWantsTheActorItselfAndIsTriedFirst() {
        String d = "171 seize *T\n192 seize *T | direct\n";
        assertEquals(List.of("ARN>OSG:192"), code(d, "Arnor seized Osgiliath."));
        assertEquals(List.of("ARN>GON:171"), code(d, "Arnor seized Gondor's assets."));
    }

    @Test
    void doubleObjectPutsTheTargetFirst() {
        String d = "139 give *T ultimatum\n075 grant *T asylum\n";
        assertEquals(List.of("ARN>GON:139"), code(d, "Arnor gave Gondor an ultimatum."));
        assertEquals(List.of("ARN>ARNGOV:075"), code(d, "Arnor granted Aragorn asylum."));
        assertEquals(List.of(), code(d, "Arnor gave Gondor a medal."));
    }

    @Test
    void aPrepositionalObjectHungOnTheTargetStillCounts() {
        String d = "090 investigate *T\n094 investigate *T for war crimes\n";
        assertEquals(List.of("ARN>GON:094"), code(d, "Arnor will investigate Gondor for war crimes."));
        assertEquals(List.of("ARN>GON:090"), code(d, "Arnor will investigate Gondor for fraud."));
    }

    @Test
    void anObjectPrepositionParsedAsAParticle() {
        String d = "0841 hand over prisoners to *T\n";
        assertEquals(List.of("ARN>GON:0841"), code(d, "Arnor handed over the prisoners to Gondor."));
    }

    @Test
    void passiveWithAPrepositionalTargetTakesTheAgentAsSource() {
        String d = "163 impose sanctions on *T\n161 expel *T's ambassador\n";
        assertEquals(List.of("ARN>GON:163"), code(d, "Sanctions were imposed on Gondor by Arnor."));
        assertEquals(List.of("ARN>GON:161"), code(d, "Gondor's ambassador was expelled by Arnor."));
    }

    @Test
    void conjoinedVerbsShareTheirObject() {
        String d = "181 kidnap *T\n190 kill *T\n";
        assertEquals(List.of("OSG>ARNGOV:181", "OSG>ARNGOV:190"), code(d, "Osgiliath kidnapped and killed Aragorn."));
        assertEquals(List.of("OSG>ARNGOV:181"), code(d, "Osgiliath kidnapped Aragorn and killed a bird."));
    }

    @Test
    void modifiersMayBeNestedInACompound() {
        String d = "190 @attack on *T\n1832 @car bomb attack on *T\n";
        assertEquals(List.of("ARN>GON:1832"), code(d, "An Arnor car bomb attack on Gondor killed five."));
        assertEquals(List.of("ARN>GON:190"), code(d, "An Arnor bomb attack on Gondor killed five."));
    }

    @Test
    void anObjectPrepositionMakesAPatternMoreSpecific() {
        String d = "084 hand over to *T\n0873 hand over weapons to *T\n";
        assertEquals(List.of("OSG>GON:0873"), code(d, "Osgiliath handed over its weapons to Gondor."));
        assertEquals(List.of("OSG>GON:084"), code(d, "Osgiliath handed over the bodies to Gondor."));
    }

    @Test
    void reportedSpeechCodesTheReportedEventNotTheSpeaker() {
        // "say" is no event pattern: the speaker stays an attribution (time stage), the reported attack is coded
        assertEquals(List.of("GON>ROH:190"), code("Arnor said Gondor attacked Rohan on Monday."));
        assertEquals(List.of("GON>ROH:190"), code("Gondor attacked Rohan on Monday, Arnor said."));
    }

    @Test
    void aPronounSubjectOfWhatASpeakerReportsIsTheSpeaker() {
        assertEquals(List.of("ARN>GON:046"), code("Arnor said it would not negotiate with Gondor."));
        assertEquals(List.of("ARN>GON:190"), code("Arnor denied that it had attacked Gondor."));
        assertEquals(List.of("ARN>GON:190", "OSG>GON:190"),
                code("Arnor and Osgiliath insisted they never attacked Gondor."));
        assertEquals(List.of(), code("Aragorn said it attacked Gondor."), "a person is not \"it\"");
        assertEquals(List.of(), code("Arnor said they attacked Gondor."), "one country is not \"they\"");
        assertEquals(List.of(), code("It attacked Gondor on Monday."), "no speaker to stand for");
    }

    @Test
    void aDeniedGerundSharesTheSubject() {
        assertEquals(List.of("ARN>GON:190"), code("Arnor denied attacking Gondor."));
        assertEquals(List.of("OSG>GON:194"), code("Osgiliath has denied shelling Gondor."));
    }

    @Test
    void anAccusationIsTheEventNotTheAllegedAct() {
        List<String> events = code("Arnor accused Gondor of attacking Rohan.");
        assertEquals(1, events.size(), "no GON>ROH attack: it is alleged, not reported as fact");
        assertTrue(events.get(0).startsWith("ARN>GON:112"), events.get(0));
        assertEquals(List.of("ARN>GON:1123"), code("Arnor accused Gondor of shelling its villages."));
        assertEquals(List.of("ARN>GON:112"), code("Arnor blamed Gondor for the attack."));
    }

    @Test
    void aRefusalToMeetIsARejection() {
        assertEquals(List.of("ARN>GON:125"), code("Arnor refused to meet Gondor."));
        assertEquals(List.of("ARN>GON:125"), code("Arnor declined to meet Gondor's envoy."));
    }

    @Test
    void aClauseWithItsOwnSubjectDoesNotInheritTheSubjectAbove() {
        String d = "042 visit *T\n190 attack *T\n";
        assertEquals(List.of("ARN>GON:042"), code(d, "Arnor visited Gondor after rebels attacked Osgiliath."));
        assertEquals(List.of("ARN>GON:042", "ARN>OSG:190"),
                code(d, "Arnor visited Gondor and then attacked Osgiliath."));
    }

    @Test
    void aMissingActorTakenFromTheOtherSideBeforeTheDefault() {
        CodingOptions either = CodingOptions.STANDARD.withDefaults(Optional.of(Actor.of("DEFSRC")),
                DefaultReach.EITHER_SIDE, Optional.of(Actor.of("DEFTAR")), DefaultReach.EITHER_SIDE);
        assertEquals(List.of("DEFSRC>GON:190", "DEFSRC>OSG:190"), code(DEFAULTS, "Rebels attacked Gondor and Osgiliath."));
        assertEquals(List.of("GON>OSG:190"), code(either, "Rebels attacked Gondor and Osgiliath."),
                "the first target becomes the source");
        assertEquals(List.of("GON>DEFTAR:190"), code(either, "Rebels attacked Gondor on Monday."),
                "the default fills the side left empty");
        assertEquals(List.of("ARN>GON:190"), code(either, "Arnor and Gondor attacked the village."),
                "the second source becomes the target");
        assertEquals(List.of("ARN>DEFTAR:190"), code(either, "Arnor attacked the village on Monday."));
        assertEquals(List.of("ARN>GON:190"), code(either, "Arnor attacked Gondor on Monday."));
    }

    @Test
    void commaPhrasesLeftOutCodeNothingAndGiveNoActors() {
        String text = "Arnor, which Rohan attacked last year, restored diplomatic ties with Gondor.";
        List<String> all = code(CodingOptions.STANDARD, text);
        assertTrue(all.contains("ROH>ARN:190"), all.toString());
        CodingOptions middle = CodingOptions.STANDARD.withCommaClauses(
                CommaClauses.OFF.withMiddle(new CommaClauses.Range(2, 8)));
        List<String> kept = code(middle, text);
        assertEquals(all.stream().filter(e -> !e.startsWith("ROH>")).toList(), kept);
        assertEquals(all, code(CodingOptions.STANDARD.withCommaClauses(
                CommaClauses.OFF.withMiddle(new CommaClauses.Range(2, 4))), text), "five words: kept");
    }
}
