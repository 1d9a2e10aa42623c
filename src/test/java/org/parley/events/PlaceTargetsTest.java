package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.MentionKind;
import org.parley.testing.EventStrings;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Places as targets: a city itself, and the place where an act of material conflict hit a thing. */
class PlaceTargetsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Osgiliath", "OSG")
            .add("Minas Tirith", MentionKind.PLACE, "GON")
            .add("Mordor", MentionKind.CAPITAL, "MORGOV");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    private static List<String> code(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        return EventStrings.of(CODER.code(doc, ACTORS.resolve(doc)));
    }

    @Test
    void aPlaceIsTheTargetAsItsCountry() {
        assertEquals(List.of("ARN>GON:194"), code("Arnor shelled Minas Tirith on Monday."));
        assertEquals(List.of("ARN>GON:042"), code("Arnor visited Minas Tirith on Monday."));
    }

    @Test
    void aPlaceIsNeverTheSource() {
        assertEquals(List.of(), code("Minas Tirith shelled the village on Monday."));
    }

    @Test
    void materialConflictOnAThingHitsTheCountryWhereItStands() {
        assertEquals(List.of("ARN>GON:194"), code("Arnor shelled a market in Minas Tirith on Monday."));
        assertEquals(List.of("ARN>MOR:194"), code("Arnor shelled a market in Mordor on Monday."),
                "a capital gives its country, not its government");
    }

    @Test
    void aCapitalStruckByForceIsTheCityNotTheGovernment() {
        assertEquals(List.of("ARN>MOR:194"), code("Arnor shelled Mordor on Monday."));
        assertEquals(List.of("ARN>MORGOV:163"), code("Arnor imposed sanctions on Mordor on Monday."),
                "sanctions on a capital are on its government");
        assertEquals(List.of("ARN>MORGOV:111"), code("Arnor condemned Mordor on Monday."));
    }

    @Test
    void anotherActOnAThingOfAPlaceIsOnThePlaceUnlessItRefersToAnEarlierEvent() {
        assertEquals(List.of("ARN>GON:111"), code("Arnor condemned the coup in Minas Tirith on Monday."));
        assertEquals(List.of("OSG>GON:190", "ARN>OSG:111"),
                code("Osgiliath attacked Gondor on Sunday. Arnor condemned the attack in Minas Tirith on Monday."),
                "the attack is Osgiliath's, whatever place it hit");
        assertEquals(List.of(), code("Arnor condemned the decision in a speech on Monday."),
                "a phrase that names no place gives nothing");
    }

    @Test
    void materialConflictIsCameoFourteenToTwenty() {
        assertTrue(PlaceTargets.materialConflict("190"));
        assertTrue(PlaceTargets.materialConflict("1823"));
        assertTrue(PlaceTargets.materialConflict("145"));
        assertFalse(PlaceTargets.materialConflict("111"));
        assertFalse(PlaceTargets.materialConflict("042"));
        assertFalse(PlaceTargets.materialConflict("---"));
        assertFalse(PlaceTargets.materialConflict("ABC"));
    }
}
