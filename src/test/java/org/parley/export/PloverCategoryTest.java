package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.events.CameoTable;
import org.parley.model.CameoCode;

class PloverCategoryTest {
    @Test
    void quadCategoriesFollowTheManual() {
        assertEquals(1, PloverCategory.CONSULT.quad());
        assertEquals(2, PloverCategory.AID.quad());
        assertEquals(3, PloverCategory.REQUEST.quad());
        assertEquals(3, PloverCategory.DEMAND.quad());
        assertEquals(4, PloverCategory.ASSAULT.quad());
    }

    @Test
    void readsNamesAndRejectsOthersQuietly() {
        assertEquals(Optional.of(PloverCategory.COERCE), PloverCategory.named(" coerce "));
        assertEquals(Optional.empty(), PloverCategory.named(""));
        assertEquals(Optional.empty(), PloverCategory.named("CRIME"));
    }

    @Test
    void everyTypeInTheBuiltInCameoTableIsACategory() {
        for (CameoCode c : CameoTable.builtIn().all().values()) {
            if (!c.ploverType().isEmpty()) {
                assertTrue(PloverCategory.named(c.ploverType()).isPresent(), c.code() + " " + c.ploverType());
            }
        }
    }
}
