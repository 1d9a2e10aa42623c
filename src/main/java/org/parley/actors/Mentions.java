package org.parley.actors;

import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/** Builds {@link ActorMention}s over token ranges of a sentence, with their text, span and head. */
final class Mentions {
    private Mentions() {
    }

    static ActorMention of(Sentence s, int first, int end, MentionKind kind, List<ActorRole> roles, String rule) {
        int last = end;
        while (last - 1 > first && TokenKeys.isPossessive(s.token(last - 1))) {
            last--;
        }
        return new ActorMention(s.index(), first, last, HeadFinder.head(s, first, last), s.textOf(first, last),
                s.spanOf(first, last), kind, roles, rule);
    }

    static ActorMention of(Sentence s, int first, int end, MentionKind kind, ActorRole role, String rule) {
        return of(s, first, end, kind, List.of(role), rule);
    }
}
