package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.actors.MiniPhrases.codes;
import static org.parley.actors.MiniPhrases.country;
import static org.parley.actors.MiniPhrases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.MentionKind;

/** Mentions of a country's agent, on hand-built sentences over the mini dictionaries. */
class AgentMentionsTest {
    @Test
    void aFormerHeadOfTheStateIsAnElite() {
        PhraseWords w = words("former/JJ Chinese/JJ president/NN said/VBD");
        Agent president = w.lex()[2].agent().orElseThrow();
        AgentMentions mentions = new AgentMentions(w.sentence());
        ActorMention former = mentions.agentMention(0, 3, country("CHN"), president, true, "Chinese president", false);
        assertEquals(List.of("CHNELI"), codes(List.of(former)));
        ActorMention sitting = mentions.agentMention(1, 3, country("CHN"), president, false, "Chinese president", false);
        assertEquals(List.of("CHNGOV"), codes(List.of(sitting)));
        assertEquals(MentionKind.GROUP, sitting.kind());
    }

    @Test
    void aNamedAgentIsAPersonAndABodyAnOrganisation() {
        PhraseWords w = words("Chinese/JJ army/NN and/CC president/NN Kim/NNP");
        AgentMentions mentions = new AgentMentions(w.sentence());
        Agent army = w.lex()[1].agent().orElseThrow();
        Agent president = w.lex()[3].agent().orElseThrow();
        assertEquals(MentionKind.ORGANISATION,
                mentions.agentMention(0, 2, country("CHN"), army, false, "Chinese army", false).kind());
        assertEquals(MentionKind.PERSON,
                mentions.agentMention(3, 5, country("CHN"), president, false, "president Kim", true).kind());
    }

    @Test
    void everyCountryAndAgentGetsAMentionOverTheSameWords() {
        PhraseWords w = words("Chinese/JJ and/CC South/JJ Korean/JJ army/NN and/CC officials/NNS");
        AgentMentions mentions = new AgentMentions(w.sentence());
        List<Agent> agents = List.of(w.lex()[4].agent().orElseThrow(), w.lex()[6].agent().orElseThrow());
        Found f = mentions.everyPair(0, 7, List.of(country("CHN"), country("KOR")), agents, false, "army");
        assertEquals(List.of("CHNMIL", "KORMIL", "CHNGOV", "KORGOV"), codes(f));
        assertEquals(7, f.next());
        assertEquals(1, f.mentions().stream().map(ActorMention::span).distinct().count());
    }
}
