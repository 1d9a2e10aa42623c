package org.parley.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;

/**
 * The {@code actors} stage on actor dictionaries ({@link ActorDictionaries}: Parley's own, a user's, or both in
 * layers): a token trie over every dictionary word sequence, phrase rules that combine countries, agent words and
 * names ({@link SentencePass}), and document-level coreference ({@link Coreference}). The body is read first and the
 * title last, so that a headline's "Lee" can be resolved against the "Lee Jae Myung" of the body. Thread-safe: each
 * call keeps its state to itself.
 *
 * <p>Conventions (see {@code docs/DICTIONARIES.md}): a country name is its bare code ({@code CHN}); a capital or seat
 * of government is the government ({@code CHNGOV}); a compound reference ("the two sides") is two mentions over the
 * same words.
 */
public final class DictionaryActorResolver implements ActorResolver {
    private final Lexicon lexicon;
    private final LeaderIndex leaders;

    public DictionaryActorResolver(ActorDictionaries dictionaries) {
        Objects.requireNonNull(dictionaries, "dictionaries");
        this.lexicon = new Lexicon(dictionaries);
        this.leaders = new LeaderIndex(lexicon.people());
    }

    /** A resolver on the dictionaries bundled with Parley. */
    public static DictionaryActorResolver builtIn() {
        return new DictionaryActorResolver(ActorDictionaries.builtIn());
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument document) {
        Coreference coref = new Coreference(document.article().date());
        SentencePass pass = new SentencePass(lexicon, leaders, coref);
        boolean hasTitle = !document.article().title().isEmpty();
        List<ActorMention> out = new ArrayList<>();
        List<Sentence> titles = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            if (hasTitle && s.index() == 0) {
                titles.add(s);
            } else {
                out.addAll(pass.resolve(s));
            }
        }
        coref.startTitle();
        for (Sentence s : titles) {
            out.addAll(pass.resolve(s));
        }
        out.sort(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(m -> m.span().begin()));
        return List.copyOf(out);
    }
}
