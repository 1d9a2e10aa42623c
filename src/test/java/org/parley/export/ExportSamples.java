package org.parley.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.parley.model.StoredEvent;
import org.parley.testing.SampleEvents;

/** Stored events built by hand for the export tests. */
final class ExportSamples {
    private ExportSamples() {
    }

    static StoredEvent talks() {
        return new StoredEvent("a1:5:0", SampleEvents.talks(), LocalDate.of(2025, 12, 27), "Yonhap",
                "https://example.org/talks", LocalDateTime.of(2026, 1, 2, 3, 4, 5));
    }

    static StoredEvent plannedVisit() {
        return new StoredEvent("a2:1:0", SampleEvents.plannedVisit(), LocalDate.of(2025, 12, 27), "", "",
                LocalDateTime.of(2026, 1, 2, 3, 4, 6));
    }

    static List<StoredEvent> both() {
        return List.of(talks(), plannedVisit());
    }
}
