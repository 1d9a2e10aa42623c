package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.actors.MiniPhrases.codes;
import static org.parley.actors.MiniPhrases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.MentionKind;

/** Rule 9: countries, capitals, cities and nationality words, on hand-built sentences over the mini dictionaries. */
class PlacePhrasesTest {
    private static Found at(int i, String spec, String... dependencies) {
        return new PlacePhrases(words(spec, dependencies)).placePhrase(i);
    }

    @Test
    void aCountryNameIsTheCountry() {
        Found f = at(0, "China/NNP said/VBD");
        assertEquals(List.of("CHN"), codes(f));
        assertEquals(MentionKind.COUNTRY, f.mentions().get(0).kind());
    }

    @Test
    void aCapitalIsItsGovernmentAndACityItsCountry() {
        Found capital = at(0, "Beijing/NNP said/VBD");
        assertEquals(List.of("CHNGOV"), codes(capital));
        assertEquals(MentionKind.CAPITAL, capital.mentions().get(0).kind());
        Found city = at(0, "Shanghai/NNP is/VBZ large/JJ");
        assertEquals(List.of("CHN"), codes(city));
        assertEquals(MentionKind.PLACE, city.mentions().get(0).kind());
    }

    @Test
    void aNationalityWordIsAnActorAsANounOrQualifyingAThing() {
        assertEquals(List.of("CHN"), codes(at(1, "the/DT Chinese/NNPS said/VBD")));
        assertEquals(List.of("CHN"), codes(at(0, "Chinese/JJ oil/NN rose/VBD", "amod 1 0")));
        assertNull(at(0, "Chinese/JJ oil/NN rose/VBD"), "without the parse it qualifies nothing");
    }

    @Test
    void aWordThatIsNoPlaceIsNoPhrase() {
        assertNull(at(0, "officials/NNS said/VBD"));
        assertNull(at(1, "the/DT rain/NN fell/VBD"));
    }
}
