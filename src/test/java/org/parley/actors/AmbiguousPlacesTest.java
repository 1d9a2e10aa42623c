package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Korea" and the like, read only as the one of their countries the article names otherwise. */
class AmbiguousPlacesTest {

    @Test
    void koreaIsSouthKoreaInAnArticleThatNamesOnlySouthKorea() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Seoul/NNP/LOCATION and/CC Tokyo/NNP/LOCATION met/VBD ./.")
                .sentence("Korea/NNP/LOCATION will/MD send/VB Korean/JJ officials/NNS ./."));
        assertEquals(List.of("KOR"), r.codes("Korea"));
        assertEquals(List.of("KORGOV"), r.codes("Korean officials"));
    }

    @Test
    void koreaIsNorthKoreaInAnArticleThatNamesOnlyNorthKorea() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Pyongyang/NNP/LOCATION fired/VBD a/DT missile/NN ./.")
                .sentence("Korea/NNP/LOCATION said/VBD ./."));
        assertEquals(List.of("PRK"), r.codes("Korea"));
    }

    @Test
    void koreaIsNothingWhenBothOrNeitherAreNamed() {
        Resolved both = Resolved.of(Docs.on("2025-12-27")
                .sentence("Seoul/NNP/LOCATION and/CC Pyongyang/NNP/LOCATION met/VBD ./.")
                .sentence("Korea/NNP/LOCATION said/VBD ./."));
        assertEquals(List.of(), both.codes("Korea"));
        Resolved neither = Resolved.of(Docs.on("2025-12-27")
                .sentence("Korea/NNP/LOCATION said/VBD ./."));
        assertEquals(List.of(), neither.codes("Korea"));
    }

    @Test
    void theKoreanPeninsulaStaysAPlace() {
        Resolved r = Resolved.of(Docs.on("2025-12-27")
                .sentence("Seoul/NNP/LOCATION spoke/VBD of/IN the/DT Korean/NNP Peninsula/NNP ./."));
        r.noActorOn("Korean");
    }
}
