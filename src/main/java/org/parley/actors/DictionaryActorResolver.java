package org.parley.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
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
 * same words. In an article that names one country only, the bare domestic sector words are that country's
 * ({@link ArticleCountry}). With {@link #withUnknownCountryAgents}, every other agent word is an actor of unknown
 * country ({@code ---GOV}).
 */
public final class DictionaryActorResolver implements ActorResolver {
    private final Lexicon lexicon;
    private final LeaderIndex leaders;
    private final Map<String, Country> countries;
    private final boolean unknownCountryAgents;

    public DictionaryActorResolver(ActorDictionaries dictionaries) {
        Objects.requireNonNull(dictionaries, "dictionaries");
        this.lexicon = new Lexicon(dictionaries);
        this.leaders = new LeaderIndex(lexicon.people());
        Map<String, Country> byCode = new HashMap<>();
        for (ActorDictionaries layer : dictionaries.layers()) {
            for (Country c : layer.countries().all()) {
                byCode.putIfAbsent(c.code(), c);
            }
        }
        this.countries = Map.copyOf(byCode);
        this.unknownCountryAgents = false;
    }

    private DictionaryActorResolver(DictionaryActorResolver base, boolean unknownCountryAgents) {
        this.lexicon = base.lexicon;
        this.leaders = base.leaders;
        this.countries = base.countries;
        this.unknownCountryAgents = unknownCountryAgents;
    }

    /** This resolver (sharing its dictionaries) with or without agents of unknown country ({@code ---GOV}). */
    @Override
    public DictionaryActorResolver withUnknownCountryAgents(boolean code) {
        return code == unknownCountryAgents ? this : new DictionaryActorResolver(this, code);
    }

    /** A resolver on the dictionaries bundled with Parley. */
    public static DictionaryActorResolver builtIn() {
        return new DictionaryActorResolver(ActorDictionaries.builtIn());
    }

    /**
     * Reads the document once; when it names exactly one country ({@link ArticleCountry}) or names one of the two
     * countries an ambiguous place word may mean ({@link AmbiguousPlaces}), reads it again with that context.
     */
    @Override
    public List<ActorMention> resolve(AnnotatedDocument document) {
        List<ActorMention> plain = resolve(document, null, AmbiguousPlaces.NONE);
        List<LexMatch[]> matches = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            matches.add(lexicon.match(s));
        }
        Set<String> named = ArticleCountry.named(matches, plain, countries);
        Optional<Country> sole = ArticleCountry.sole(named, countries);
        AmbiguousPlaces places = AmbiguousPlaces.in(named, countries);
        return sole.isEmpty() && places.isEmpty() ? plain : resolve(document, sole.orElse(null), places);
    }

    private List<ActorMention> resolve(AnnotatedDocument document, Country articleCountry, AmbiguousPlaces places) {
        Coreference coref = new Coreference(document.article().date(), countries.keySet(), articleCountry);
        SentencePass pass = new SentencePass(lexicon, leaders, coref, articleCountry, places, unknownCountryAgents);
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
        // a phrase whose null code holds on the article's date names no actor; matching it still kept the shorter
        // phrases inside it from matching
        out.removeIf(m -> m.roleOn(document.article().date()).actor().equals(Actor.NONE));
        // one whose discard code ([###]) holds stays: the events stage codes nothing in its sentence
        out.sort(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(m -> m.span().begin()));
        return List.copyOf(out);
    }
}
