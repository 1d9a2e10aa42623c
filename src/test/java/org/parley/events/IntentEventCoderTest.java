package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.MentionKind;
import org.parley.testing.Articles;
import org.parley.testing.EventStrings;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Willingness to cooperate is an expression of intent (CAMEO 03), dated where it is said. */
class IntentEventCoderTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan", "ROH")
            .add("the Arnor government", MentionKind.ORGANISATION, "ARNGOV");
    private static final EventCoder CODER = new IntentEventCoder(new PatternEventCoder(PatternDictionary.builtIn()));

    private static List<CodedEvent> events(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        return CODER.code(doc, ACTORS.resolve(doc));
    }

    private static List<String> code(String text) {
        return EventStrings.of(events(text));
    }

    @Test
    void readinessToMeetIsIntentToMeet() {
        String text = "The Arnor government was ready to hold talks with Gondor, officials said.";
        List<CodedEvent> e = events(text);
        assertEquals(List.of("ARNGOV>GON:036"), EventStrings.of(e));
        assertEquals("said", text.substring(e.get(0).predicateSpan().begin(), e.get(0).predicateSpan().end()),
                "the intent is expressed by saying it, so it is dated and given its status there");
        String unsaid = "Arnor is willing to resume negotiations with Gondor.";
        List<CodedEvent> w = events(unsaid);
        assertEquals(List.of("ARN>GON:036"), EventStrings.of(w));
        assertEquals("willing", unsaid.substring(w.get(0).predicateSpan().begin(), w.get(0).predicateSpan().end()));
    }

    @Test
    void eachKindOfCooperationHasItsIntent() {
        assertEquals(List.of("ARN>GON:0333"), code("Arnor was prepared to send humanitarian aid to Gondor, officials said."));
        assertEquals(List.of("ARN>GON:039", "ARN>ROH:039"),
                code("Arnor expressed readiness to mediate between Gondor and Rohan."));
    }

    @Test
    void whatIsDoneOrOnlyPreparedStaysAsItIs() {
        assertEquals(List.of("ARN>GON:040"), code("Arnor held talks with Gondor on Monday."));
        assertEquals(List.of(), code("Arnor prepared to send humanitarian aid to Gondor.").stream()
                .filter(s -> s.endsWith(":0333")).toList(), "preparing is no statement of intent");
    }

    @Test
    void intentCodes() {
        assertEquals(Optional.of("036"), IntentEventCoder.intentCode("042"));
        assertEquals(Optional.of("0312"), IntentEventCoder.intentCode("062"));
        assertEquals(Optional.of("0354"), IntentEventCoder.intentCode("085"));
        assertEquals(Optional.of("0342"), IntentEventCoder.intentCode("0832"));
        assertEquals(Optional.of("0356"), IntentEventCoder.intentCode("0871"));
        assertEquals(Optional.empty(), IntentEventCoder.intentCode("111"), "conflict has no intent to cooperate");
        assertEquals(Optional.empty(), IntentEventCoder.intentCode("020"), "nor an appeal");
        assertEquals(Optional.empty(), IntentEventCoder.intentCode("SPY"), "nor a dictionary's own code");
    }
}
