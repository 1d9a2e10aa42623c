package org.parley.actors;

import java.util.List;
import org.parley.model.ActorMention;

/**
 * The outcome of one phrase rule: the mentions it made (two or more over the same words for a compound reference),
 * what each refers to, and the token after the phrase.
 *
 * @param mentions  mentions, in order
 * @param referents one referent per mention
 * @param next      token after the phrase
 */
record Found(List<ActorMention> mentions, List<Referent> referents, int next) {
    Found {
        mentions = List.copyOf(mentions);
        referents = List.copyOf(referents);
        if (mentions.size() != referents.size() || mentions.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs one referent per mention");
        }
    }

    static Found one(ActorMention m, Referent r) {
        return new Found(List.of(m), List.of(r), m.endToken());
    }

    int first() {
        return mentions.get(0).firstToken();
    }
}
