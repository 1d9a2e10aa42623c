package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputFormatTest {
    @Test
    void parsesNamesCaseInsensitively() {
        assertEquals(OutputFormat.JSONL, OutputFormat.parse(" JsonL "));
        assertInstanceOf(CsvEventWriter.class, OutputFormat.parse("csv").writer(new StringBuilder()));
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("xml"));
        assertTrue(e.getMessage().contains("'xml'") && e.getMessage().contains("jsonl"), e.getMessage());
    }
}
