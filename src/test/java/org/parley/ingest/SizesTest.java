package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void showsMegabytesWithOneDecimalAndAWholeLimit() {
        assertEquals("article is 20.0 MB, over the 5 MB limit", Sizes.overLimit(20 * MIB, 5 * MIB));
        assertEquals("article is 7.5 MB, over the 5 MB limit", Sizes.overLimit(7 * MIB + MIB / 2, 5 * MIB));
        assertEquals("article is 3.0 MB, over the 2.5 MB limit", Sizes.overLimit(3 * MIB, 2 * MIB + MIB / 2));
    }

    @Test
    void usesExactBytesWhenMegabytesWouldHideTheDifference() {
        assertEquals("article is 5242881 bytes, over the 5242880-byte limit", Sizes.overLimit(5 * MIB + 1, 5 * MIB));
        assertEquals("article is 1500 bytes, over the 1000-byte limit", Sizes.overLimit(1500, 1000));
    }
}
