package org.parley.actors;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.Sentence;

/** Test helpers for the phrase rules of {@link SentencePass}: hand-built sentences over the mini dictionaries. */
final class MiniPhrases {
    static final LocalDate DATE = LocalDate.of(2020, 1, 1);
    private static final ActorDictionaries MINI = Fixtures.mini();
    private static final Lexicon LEXICON = new Lexicon(MINI);

    private MiniPhrases() {
    }

    /** The words of one sentence written as {@code word/POS[/NER]} tokens ({@link Docs}), matched on the mini lexicon. */
    static PhraseWords words(String spec, String... dependencies) {
        Sentence s = Docs.on(DATE.toString()).sentence(spec, dependencies).build().sentences().get(0);
        return new PhraseWords(s, LEXICON.match(s));
    }

    static LeaderIndex leaders() {
        return new LeaderIndex(MINI.people());
    }

    static Coreference coref() {
        return new Coreference(DATE);
    }

    static Country country(String code) {
        return MINI.countries().byCode(code).orElseThrow();
    }

    /** The actor codes of the mentions of a phrase rule's outcome, or an empty list for none. */
    static List<String> codes(Found f) {
        return f == null ? List.of() : codes(f.mentions());
    }

    static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.roles().get(0).actor().code()).toList();
    }
}
