package org.parley.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;

/**
 * An actors stage that adds to another's mentions the noun phrases it leaves uncoded, of at most a given number of
 * words, as actors named by their words ({@link UncodedPhrases}; PETRARCH's {@code new_actor_length}). The other
 * stage's mentions are kept as they are (coreference never reads a named phrase). Made by
 * {@link ActorResolver#withNewActorLength}.
 */
final class UncodedPhraseResolver implements ActorResolver {
    private final ActorResolver coded;
    private final int maxWords;

    /**
     * @param coded    the stage whose mentions come first
     * @param maxWords the longest phrase named, at least 1
     */
    UncodedPhraseResolver(ActorResolver coded, int maxWords) {
        this.coded = Objects.requireNonNull(coded, "coded");
        if (coded instanceof UncodedPhraseResolver) {
            throw new IllegalArgumentException("uncoded phrases are already named by " + coded);
        }
        if (maxWords < 1) {
            throw new IllegalArgumentException("the longest uncoded phrase must be 1 word or more, got " + maxWords);
        }
        this.maxWords = maxWords;
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument document) {
        List<ActorMention> mentions = coded.resolve(document);
        List<ActorMention> out = new ArrayList<>(mentions);
        for (Sentence s : document.sentences()) {
            List<ActorMention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            out.addAll(UncodedPhrases.in(s, here, maxWords));
        }
        out.sort(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(m -> m.span().begin()));
        return List.copyOf(out);
    }

    @Override
    public ActorResolver withUnknownCountryAgents(boolean code) {
        return new UncodedPhraseResolver(coded.withUnknownCountryAgents(code), maxWords);
    }

    @Override
    public ActorResolver withNewActorLength(int words) {
        return coded.withNewActorLength(words);
    }

    @Override
    public String toString() {
        return "uncoded phrases of at most " + maxWords + " words over " + coded;
    }
}
