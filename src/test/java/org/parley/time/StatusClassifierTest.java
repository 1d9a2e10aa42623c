package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.time.TimeFixtures.sentence;
import static org.parley.time.TimeFixtures.token;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;
import org.parley.model.Status;

class StatusClassifierTest {
    private final StatusClassifier classifier = new StatusClassifier();

    private Optional<Status> status(String text, String predicate) {
        Sentence s = sentence(text);
        return classifier.classify(s, token(s, predicate)).status();
    }

    @Test
    void anEventNounUnderAnInfinitiveLightVerbIsNotYetRealized() {
        assertEquals(Optional.of(Status.PLANNED),
                status("Arnor said it was ready to resume talks with Gondor.", "talks"));
        assertEquals(Optional.of(Status.OCCURRED), status("Arnor said it resumed talks with Gondor.", "talks"));
    }

    @Test
    void negation() {
        assertEquals(Optional.of(Status.NEGATED), status("Arnor did not attack Gondor.", "attack"));
        assertEquals(Optional.of(Status.NEGATED), status("Arnor refused to meet Gondor.", "meet"));
        assertEquals(Optional.of(Status.NEGATED), status("The two governments have held no formal talks since April.", "held"));
    }

    @Test
    void callingOffNegatesButCallingOnDoesNot() {
        assertEquals(Optional.of(Status.NEGATED), status("Arnor called off talks with Gondor.", "talks"));
        assertEquals(Optional.of(Status.NEGATED), status("Arnor cancelled its visit to Gondor.", "visit"));
        assertEquals(Optional.of(Status.PLANNED), status("Hamas called on Egypt to pressure Israel.", "pressure"));
    }

    @Test
    void wouldAfterAPastReportIsTheReportedPlan() {
        StatusClassifier.Decision d = classify("Pistorius announced that Arnor would station troops in Gondor.", "station");
        assertEquals(Optional.of(Status.PLANNED), d.status());
        assertEquals("would after announced", d.cue());
        assertEquals(Optional.of(Status.HYPOTHETICAL),
                status("They said they would march to Gondor if the government did not act.", "march"),
                "a condition of its own keeps it hypothetical");
        assertEquals(Optional.of(Status.PLANNED),
                status("Sikorski said Warsaw would close the Russian consulate by the end of the month.", "close"),
                "a reported clause the parser hung as dep");
        assertEquals(Optional.of(Status.HYPOTHETICAL), status("Arnor would station troops in Gondor.", "station"),
                "no report above it");
        assertEquals(Optional.of(Status.NEGATED), status("Arnor said it would not station troops in Gondor.", "station"));
    }

    @Test
    void aDeniedEventIsNegatedWhateverItsTense() {
        Sentence gerund = sentence("Arnor denied shelling Gondor's border towns.");
        StatusClassifier.Decision d = classifier.classify(gerund, token(gerund, "shelling"));
        assertEquals(Optional.of(Status.NEGATED), d.status());
        assertEquals("denied", d.cue());
        assertEquals(Optional.of(Status.NEGATED),
                status("Arnor denied that its troops had attacked Gondor.", "attacked"), "a past perfect clause");
        assertEquals(Optional.of(Status.NEGATED),
                status("Officials in Minas Tirith said Arnor has denied attacking Gondor.", "attacking"));
    }

    @Test
    void aReportedEventIsNotDenied() {
        StatusClassifier.Decision d = classify("Arnor said Gondor attacked its border towns.", "attacked");
        assertEquals(Optional.of(Status.OCCURRED), d.status());
        assertEquals("past tense (attacked)", d.cue());
        assertEquals(Optional.of(Status.OCCURRED), status("Arnor accused Gondor of attacking Rohan.", "accused"));
    }

    @Test
    void negationWinsOverAModalAndAConditionOverNegation() {
        StatusClassifier.Decision d = classify("Arnor said it would not negotiate with Gondor.", "negotiate");
        assertEquals(Optional.of(Status.NEGATED), d.status());
        assertEquals("not", d.cue());
        assertEquals(Optional.of(Status.NEGATED), status("Arnor could not reach Gondor's capital.", "reach"));
        assertEquals(Optional.of(Status.HYPOTHETICAL),
                status("If Arnor does not withdraw from Gondor, sanctions will follow.", "withdraw"));
    }

    @Test
    void aPossibilityUnderAConditionIsHypothetical() {
        StatusClassifier.Decision d = classify(
                "Officials said Gondor could expel Arnor's diplomats if new evidence emerged.", "expel");
        assertEquals(Optional.of(Status.HYPOTHETICAL), d.status());
        assertEquals("could if (emerged)", d.cue());
        assertEquals(Optional.of(Status.HYPOTHETICAL),
                status("The bloc may impose new sanctions on Rohan unless the flights stop.", "impose"));
        assertEquals(Optional.of(Status.POSSIBLE), status("The bloc may impose new sanctions on Rohan.", "impose"),
                "no condition: the modal decides");
    }

    @Test
    void aNegatedModalStillRefersToTheFuture() {
        Sentence would = sentence("Arnor said it would not give Gondor any aid.");
        assertEquals(Optional.of(Status.NEGATED), classifier.classify(would, token(would, "give")).status());
        assertTrue(classifier.futureReference(would, token(would, "give")));
        Sentence could = sentence("Arnor could not prevent the attack on Gondor.");
        assertTrue(classifier.futureReference(could, token(could, "prevent")));
        Sentence past = sentence("Arnor did not attack Gondor.");
        assertFalse(classifier.futureReference(past, token(past, "attack")));
    }

    private StatusClassifier.Decision classify(String text, String predicate) {
        Sentence s = sentence(text);
        return classifier.classify(s, token(s, predicate));
    }

    @Test
    void conditionAndWould() {
        assertEquals(Optional.of(Status.HYPOTHETICAL), status("If Arnor invades Gondor, prices will rise.", "invades"));
        assertEquals(Optional.of(Status.HYPOTHETICAL), status("Arnor would attack Gondor.", "attack"));
        assertEquals(Optional.of(Status.HYPOTHETICAL),
                status("If Arnor attacked Gondor, the alliance would respond.", "attacked"), "a past-tense condition");
    }

    @Test
    void modalsAndPossibility() {
        assertEquals(Optional.of(Status.POSSIBLE), status("Arnor may attack Gondor.", "attack"));
        assertEquals(Optional.of(Status.POSSIBLE),
                status("Attention is growing around the possibility of renewed engagement with Gondor.", "engagement"));
    }

    @Test
    void expectations() {
        assertEquals(Optional.of(Status.EXPECTED), status("Arnor is expected to visit Gondor.", "visit"));
        assertEquals(Optional.of(Status.EXPECTED), status("Experts believe Arnor will seek Gondor's help.", "seek"));
    }

    @Test
    void plans() {
        assertEquals(Optional.of(Status.PLANNED), status("Arnor plans to visit Gondor.", "visit"));
        assertEquals(Optional.of(Status.PLANNED), status("The president will visit Gondor.", "visit"));
        assertEquals(Optional.of(Status.PLANNED), status("Arnor's planned visit to Gondor drew protests.", "visit"));
        assertEquals(Optional.of(Status.PLANNED), status("He will use his upcoming trip to Gondor to seek aid.", "trip"));
    }

    @Test
    void infinitivesAndFutureClauses() {
        assertEquals(Optional.of(Status.PLANNED), status("We want to know what happened.", "know"),
                "a finite present verb stops the walk before the past-tense verb around it");
        assertEquals(Optional.of(Status.PLANNED), status("The system is to be released in 2026.", "released"));
        assertEquals(Optional.of(Status.PLANNED),
                status("He will step down when the proceedings are finalized.", "finalized"));
        assertEquals(Optional.of(Status.OCCURRED), status("The ministry was forced to seek aid.", "seek"),
                "an implicative verb: being forced to seek means seeking");
        assertEquals(Optional.empty(), status("Arnor threatened to send warships, prompting Rohan to warn Arnor of "
                + "sanctions.", "warn"), "prompting Rohan to warn: Rohan warned; tense and date decide when");
        assertEquals(Optional.of(Status.PLANNED), status("Arnor threatened to send warships, asking Rohan to warn "
                + "Gondor.", "warn"), "asking is no implicative verb");
    }

    @Test
    void eventNounsTakeTenseOnlyFromLightVerbs() {
        assertEquals(Optional.of(Status.PLANNED), status("Arnor will hold talks with Gondor.", "talks"));
        assertEquals(Optional.empty(), status("Arnor will cut jobs despite strong sales.", "sales"));
    }

    @Test
    void ongoing() {
        assertEquals(Optional.of(Status.ONGOING), status("Arnor is holding talks with Gondor.", "holding"));
    }

    @Test
    void pastTenseOccurred() {
        assertEquals(Optional.of(Status.OCCURRED), status("Arnor attacked Gondor.", "attacked"));
        assertEquals(Optional.of(Status.OCCURRED),
                status("Attention is growing around engagement between Kim and Trump, who last met in 2019.", "met"),
                "a relative clause keeps its own tense; the possibility around it does not reach it");
    }

    @Test
    void noCueLeavesTheDecisionToTheCaller() {
        assertEquals(Optional.empty(), status("The trip follows Xi's visit to Seoul.", "visit"));
    }
}
