package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StoreResultTest {
    @Test
    void eachOutcomeNamesItsKindAndEventCount() {
        assertEquals(StoreResult.Kind.STORED, new StoreResult.Stored(3).kind());
        assertEquals(3, new StoreResult.Stored(3).events());
        assertEquals(StoreResult.Kind.DUPLICATE, new StoreResult.Duplicate().kind());
        assertEquals(0, new StoreResult.Duplicate().events());
        assertEquals(StoreResult.Kind.FAILED, new StoreResult.Failed("why").kind());
        assertEquals(0, new StoreResult.Failed("why").events());
    }

    @Test
    void invalidResultsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new StoreResult.Stored(-1));
        assertThrows(NullPointerException.class, () -> new StoreResult.Failed(null));
    }
}
