package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.MentionKind;
import org.parley.testing.Articles;
import org.parley.testing.EventStrings;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Arrests that a force of order reports without saying by whom are its own. */
class ReportedCoercionTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Gondor", "GON").add("Gondor police", MentionKind.GROUP, "GONCOP")
            .add("Gondor prosecutors", MentionKind.GROUP, "GONJUD")
            .add("Gondor protesters", MentionKind.GROUP, "GONOPP").add("Arnor", "ARN");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    private static List<String> code(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        return EventStrings.of(CODER.code(doc, ACTORS.resolve(doc)));
    }

    @Test
    void thePoliceReportTheirOwnArrests() {
        assertEquals(List.of("GONCOP>GONOPP:173"), code("Gondor police said 120 Gondor protesters were detained."));
        assertEquals(List.of("GONJUD>GONOPP:173"),
                code("Gondor prosecutors said the fire was an accident and that five Gondor protesters were charged."));
    }

    @Test
    void anotherReporterOrAnotherActSaysNothingOfWhoDidIt() {
        assertEquals(List.of(), code("Arnor said two Gondor protesters were detained."));
        assertEquals(List.of(), code("Gondor police said two Gondor protesters were killed."));
        assertEquals(List.of("ARN>GONOPP:173"), code("Gondor police said 12 Gondor protesters were detained by Arnor."),
                "a by phrase names the doer");
    }
}
