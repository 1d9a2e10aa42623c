package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

class HeadFinderTest {
    @Test
    void theTokenWhoseHeadIsOutsideTheRange() {
        Sentence s = Docs.on("2025-01-01").sentence("South/NNP Korea/NNP ’s/POS foreign/JJ ministry/NN said/VBD",
                "compound 1 0", "case 1 2", "nmod:poss 4 1", "amod 4 3", "nsubj 5 4", "root -1 5").build()
                .sentences().get(0);
        assertEquals(4, HeadFinder.head(s, 0, 5));
        assertEquals(1, HeadFinder.head(s, 0, 2));
    }

    @Test
    void withoutATreeTheLastWordThatIsNotAPossessive() {
        Sentence s = Docs.on("2025-01-01").sentence("Lee/NNP Jae/NNP Myung/NNP ’s/POS visit/NN").build()
                .sentences().get(0);
        assertEquals(2, HeadFinder.head(s, 0, 4));
        assertEquals(0, HeadFinder.head(s, 0, 1));
    }
}
