package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.testing.Articles;
import org.parley.testing.EventStrings;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;
import org.junit.jupiter.api.Test;

/** The discard filter around the event coder: discard-list phrases and actors whose discard code holds. */
class DiscardingEventCoderTest {
    private static final DiscardList LIST = DiscardList.read(String.join("\n",
            "+WORLD GOLF CHAMPIONSHIPS", "BASEBALL", ""), "list.txt");
    private static final PatternEventCoder PATTERNS = new PatternEventCoder(PatternDictionary.builtIn());

    private static AnnotatedDocument doc(String text) {
        return SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
    }

    @Test
    void theFilterDropsTheStoryOrTheSentence() {
        PhraseActorResolver actors = new PhraseActorResolver().add("Arnor", "ARN").add("Gondor", "GON");
        DiscardingEventCoder coder = new DiscardingEventCoder(PATTERNS, LIST);
        AnnotatedDocument two = doc("Arnor attacked Gondor. Arnor played baseball with Gondor and attacked it.");
        assertEquals(List.of(1), coder.code(two, actors.resolve(two)).stream().map(e -> e.sentence()).toList(),
                "the second sentence is discarded, the first kept");
        AnnotatedDocument story = doc("Arnor attacked Gondor. Gondor hosted the World Golf Championships.");
        assertEquals(List.of(), coder.code(story, actors.resolve(story)), "a story discard anywhere empties the story");
        assertEquals(1, PATTERNS.code(story, actors.resolve(story)).size(), "without the filter the attack is coded");
    }

    @Test
    void aSentenceNamingADiscardActorCodesNothingAndTheActorReachesNoCoder() {
        PhraseActorResolver actors = new PhraseActorResolver().add("Arnor", "ARN").add("Gondor", "GON")
                .add("Nazgul", "###");
        List<List<ActorMention>> seen = new ArrayList<>();
        EventCoder spy = new EventCoder() {
            @Override
            public List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> mentions) {
                seen.add(mentions);
                return PATTERNS.code(document, mentions);
            }

            @Override
            public EventCoder with(CodingOptions options) {
                return this;
            }
        };
        AnnotatedDocument d = doc("Arnor attacked Gondor. The Nazgul and Arnor attacked Gondor. Gondor attacked the Nazgul.");
        List<CodedEvent> events = new DiscardingEventCoder(spy, DiscardList.none()).code(d, actors.resolve(d));
        assertEquals(List.of(d.sentences().get(0).index()), events.stream().map(CodedEvent::sentence).toList(),
                "the sentences naming the Nazgul are dropped: " + EventStrings.of(events));
        assertTrue(seen.get(0).stream().noneMatch(m -> m.roles().get(0).actor().discards()));
        assertEquals(List.of("ARN", "GON", "ARN", "GON", "GON"),
                seen.get(0).stream().map(m -> m.roles().get(0).actor().code()).toList());
    }
}
