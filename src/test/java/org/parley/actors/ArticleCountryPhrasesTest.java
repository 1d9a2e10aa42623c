package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.actors.MiniPhrases.codes;
import static org.parley.actors.MiniPhrases.country;
import static org.parley.actors.MiniPhrases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.MentionKind;

/** Rule 10: sector words and titles of the article's only country, on hand-built sentences. */
class ArticleCountryPhrasesTest {
    private static Found at(int i, String spec) {
        return new ArticleCountryPhrases(words(spec), country("CHN")).articleCountryPhrase(i);
    }

    @Test
    void aBareSectorWordIsOfTheArticlesCountry() {
        Found f = at(1, "the/DT army/NN said/VBD");
        assertEquals(List.of("CHNMIL"), codes(f));
        assertEquals(MentionKind.ORGANISATION, f.mentions().get(0).kind());
    }

    @Test
    void aTitleWithAnUnknownNameAndNoCountryIsOfTheArticlesCountry() {
        Found f = at(1, "Punjab/NNP/LOCATION President/NNP Kim/NNP Tae/NNP said/VBD");
        assertEquals(List.of("CHNGOV"), codes(f));
        assertEquals(MentionKind.PERSON, f.mentions().get(0).kind());
        assertEquals(4, f.next());
        assertNull(at(1, "Chinese/JJ President/NNP Kim/NNP Tae/NNP said/VBD"), "a title with a country of its own");
    }
}
