package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DependencyTest {
    @Test
    void relationWithoutSubtype() {
        Dependency d = new Dependency("nsubj", 2, 1);
        assertEquals("nsubj", d.baseRelation());
        assertEquals("", d.subtype());
    }

    @Test
    void relationWithSubtype() {
        Dependency d = new Dependency("obl:in", 2, 5);
        assertEquals("obl", d.baseRelation());
        assertEquals("in", d.subtype());
        assertEquals("nmod", new Dependency("nmod:poss", 3, 1).baseRelation());
        assertEquals("poss", new Dependency("nmod:poss", 3, 1).subtype());
        assertEquals("relcl", new Dependency("acl:relcl", 0, 2).subtype());
    }

    @Test
    void multiWordPrepositionSubtypeIsKeptWhole() {
        Dependency d = new Dependency("obl:according_to", 4, 7);
        assertEquals("obl", d.baseRelation());
        assertEquals("according_to", d.subtype());
    }

    @Test
    void onlyTheFirstColonSplits() {
        Dependency d = new Dependency("nmod:a:b", 1, 0);
        assertEquals("nmod", d.baseRelation());
        assertEquals("a:b", d.subtype());
    }

    @Test
    void rootGovernorIsAllowed() {
        assertEquals(Dependency.ROOT, new Dependency("root", Dependency.ROOT, 0).governor());
        assertEquals(-1, Dependency.ROOT);
    }

    @Test
    void blankRelationIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dependency(" ", 1, 0));
        assertEquals("dependency relation must not be blank", e.getMessage());
        assertEquals("relation", assertThrows(NullPointerException.class, () -> new Dependency(null, 1, 0))
                .getMessage());
    }

    @Test
    void governorBelowRootIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dependency("dep", -2, 0));
        assertEquals("bad dependency token indices -2 -> 0", e.getMessage());
    }

    @Test
    void negativeDependentIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dependency("dep", 0, -1));
        assertEquals("bad dependency token indices 0 -> -1", e.getMessage());
    }
}
