package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.events.ParsedSentences.codes;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.PhraseActorResolver;

/** Who does a nominal event, on real parses. */
class NounSourcesTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan", "ROH");

    @Test
    void thePossessorDoesTheEvent() {
        SentenceGraph g = graph(ACTORS, "Arnor's visit to Gondor ended on Monday.");
        assertEquals(List.of("ARN"), codes(new NounSources(g).of(word(g, "visit"), List.of())));
    }

    @Test
    void theSubjectOfALightVerbDoesItsObjectNoun() {
        SentenceGraph g = graph(ACTORS, "Arnor held talks with Gondor.");
        assertEquals(List.of("ARN"), codes(new NounSources(g).of(word(g, "talks"), List.of())));
    }

    @Test
    void hostsDoTheirTalksOnlyWithAPartyNamedBesideThem() {
        SentenceGraph g = graph(ACTORS, "Arnor and Rohan, which have hosted the talks since 2023, urged calm.");
        assertEquals(List.of(), codes(new NounSources(g).of(word(g, "talks"), List.of())), "co-hosts are no parties");
        SentenceGraph with = graph(ACTORS, "Arnor hosted talks with Gondor.");
        assertEquals(List.of("ARN"), codes(new NounSources(with).of(word(with, "talks"), with.actorsAt(word(with,
                "Gondor")))));
    }

    @Test
    void anActorModifierThatIsTheTargetIsNoSource() {
        SentenceGraph g = graph(ACTORS, "The Gondor visit ended on Monday.");
        NounSources sources = new NounSources(g);
        int visit = word(g, "visit");
        assertEquals(List.of("GON"), codes(sources.of(visit, List.of())));
        assertEquals(List.of(), codes(new NounSources(g).of(visit, g.actorsAt(word(g, "Gondor")))));
    }

    @Test
    void aNounBelowAnEventNounIsDoneByItsDoer() {
        SentenceGraph g = graph(ACTORS, "Arnor said the visit for talks with Rohan ended.");
        NounSources sources = new NounSources(g);
        sources.put(word(g, "visit"), g.actorsAt(word(g, "Arnor")));
        assertEquals(List.of("ARN"), codes(sources.of(word(g, "talks"), List.of())));
        assertEquals(List.of(), codes(new NounSources(g).of(word(g, "talks"), List.of())),
                "without the visit's doer recorded, the talks have none");
    }

    @Test
    void whatAnEventNounIsAboutIsNotDoneByItsDoer() {
        SentenceGraph part = graph(ACTORS, "Arnor's visit for talks with Rohan ended.");
        NounSources sources = new NounSources(part);
        assertEquals(List.of("ARN"), codes(sources.of(word(part, "visit"), List.of())));
        assertEquals(List.of("ARN"), codes(sources.of(word(part, "talks"), List.of())));

        SentenceGraph about = graph(ACTORS, "Arnor's protest over the detention of Rohan ended.");
        NounSources others = new NounSources(about);
        assertEquals(List.of("ARN"), codes(others.of(word(about, "protest"), List.of())));
        assertEquals(List.of(), codes(others.of(word(about, "detention"), List.of())));
    }
}
