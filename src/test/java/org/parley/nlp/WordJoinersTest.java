package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordJoinersTest {
    @Test
    void underscoresBetweenWordsBecomeBlanks() {
        assertEquals("the Prince of Dol Amroth warned", WordJoiners.asBlanks("the Prince of Dol_Amroth warned"));
        assertEquals("New York City", WordJoiners.asBlanks("New_York_City"));
        assertEquals("G 20 summit", WordJoiners.asBlanks("G_20 summit"));
    }

    @Test
    void otherUnderscoresStayAndLengthIsKept() {
        String text = "_id and a__b and x_ and snake_ case";
        assertEquals(text, WordJoiners.asBlanks(text));
        String joined = "Dol_Amroth, Minas_Tirith";
        assertEquals(joined.length(), WordJoiners.asBlanks(joined).length());
        assertEquals(joined.indexOf("Tirith"), WordJoiners.asBlanks(joined).indexOf("Tirith"));
    }
}
