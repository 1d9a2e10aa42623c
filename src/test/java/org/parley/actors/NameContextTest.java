package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

class NameContextTest {
    private static Sentence sentence(String spec) {
        return Docs.on("2025-01-01").sentence(spec).build().sentences().get(0);
    }

    @Test
    void personTags() {
        assertTrue(NameContext.taggedPerson(sentence("Michael/NNP/PERSON Jordan/NNP/PERSON"), 1, 2));
        assertFalse(NameContext.taggedPerson(sentence("Jordan/NNP/LOCATION said/VBD"), 0, 1));
        assertFalse(NameContext.taggedPerson(sentence("Arnor/NNP/PERSON attacked/VBD Gondor/NNP/PERSON"), 0, 1),
                "a PERSON tag on exactly the dictionary's word only says NER does not know it");
        assertFalse(NameContext.taggedPerson(sentence("An/DT/PERSON Eriadorian/NNP/PERSON was/VBD shot/VBN"), 1, 2),
                "a capitalized article NER takes into the name makes it no longer");
        assertTrue(NameContext.taggedPerson(sentence("The/DT/PERSON Michael/NNP/PERSON Jordan/NNP/PERSON"), 2, 3));
    }

    @Test
    void properNamesEndingInAFeatureOrEventNoun() {
        assertTrue(NameContext.partOfProperName(sentence("APEC/NNP Economic/NNP Leaders/NNPS ’/'' Meeting/NNP"), 0, 1));
        assertTrue(NameContext.partOfProperName(sentence("South/NNP China/NNP Sea/NNP"), 1, 2));
        assertTrue(NameContext.partOfProperName(sentence("the/DT Sea/NNP of/IN Japan/NNP"), 3, 4));
        assertTrue(NameContext.partOfProperName(sentence("Bank/NNP of/IN China/NNP"), 2, 3));
        assertFalse(NameContext.partOfProperName(sentence("US/NNP President/NNP Donald/NNP Trump/NNP"), 0, 1));
        assertFalse(NameContext.partOfProperName(sentence("South/NNP Korea/NNP ’s/POS Institute/NNP"), 0, 2),
                "a possessive ends the name");
        assertFalse(NameContext.partOfProperName(sentence("Korea/NNP -/HYPH Japan/NNP -/HYPH China/NNP summit/NN"), 4, 5),
                "a lower-case summit is a description, not a name");
    }

    @Test
    void regionWords() {
        assertTrue(NameContext.regionPrefixed(sentence("Latin/NNP America/NNP"), 1));
        assertFalse(NameContext.regionPrefixed(sentence("in/IN America/NNP"), 1));
        assertFalse(NameContext.regionPrefixed(sentence("America/NNP"), 0));
    }
}
