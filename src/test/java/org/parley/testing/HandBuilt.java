package org.parley.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.events.CameoTable;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Records built by hand for unit tests that must not load CoreNLP: sentences whose tokens are cut from an article's
 * full text (so every span indexes into {@link Article#fullText()}), actor mentions over those tokens, the dated
 * roles of a Moon Jae-in-like person, and small CAMEO tables.
 */
public final class HandBuilt {
    /** Words (with inner hyphens or apostrophes, "Jae-in") and single punctuation marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*|\\S");

    /** Header of a CAMEO table file. */
    public static final String CAMEO_HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context";

    /** First day of Moon Jae-in's presidency. */
    public static final LocalDate MOON_IN_OFFICE = LocalDate.of(2017, 5, 10);
    /** Last day of it. */
    public static final LocalDate MOON_LEFT_OFFICE = LocalDate.of(2022, 5, 9);

    private HandBuilt() {
    }

    /**
     * Starts a sentence whose text occurs exactly once in the article's full text; its tokens are the words and
     * punctuation marks of that text, with lemma = lower-cased word, tag {@code NN} and NER {@code O} unless set.
     */
    public static SentenceBuilder sentence(Article article, int index, String text) {
        String full = article.fullText();
        int begin = full.indexOf(text);
        if (begin < 0 || full.indexOf(text, begin + 1) >= 0) {
            throw new IllegalArgumentException("sentence text must occur once in the article: '" + text + "'");
        }
        return new SentenceBuilder(index, begin, text);
    }

    /** The roles of a Moon Jae-in-like person: KORGOV while in office, KORELI from the day after. */
    public static List<ActorRole> moonRoles() {
        return List.of(
                new ActorRole(Actor.of("KORGOV"), MOON_IN_OFFICE, MOON_LEFT_OFFICE, "President of South Korea"),
                new ActorRole(Actor.of("KORELI"), MOON_LEFT_OFFICE.plusDays(1), null, "Former president"));
    }

    /** A mention of tokens {@code [first, end)} of the sentence, headed by its last token. */
    public static ActorMention mention(Sentence s, int first, int end, MentionKind kind, String rule,
                                       List<ActorRole> roles) {
        return new ActorMention(s.index(), first, end, end - 1, s.textOf(first, end), s.spanOf(first, end), kind,
                roles, rule);
    }

    /** A mention that has one code at all times. */
    public static ActorMention mention(Sentence s, int first, int end, MentionKind kind, String code) {
        return mention(s, first, end, kind, "test:" + code, List.of(ActorRole.always(Actor.of(code))));
    }

    /** A CAMEO table read from the given tab-separated rows under the standard header. */
    public static CameoTable cameoTable(String... rows) {
        String tsv = CAMEO_HEADER + "\n" + String.join("\n", rows) + "\n";
        try {
            return CameoTable.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds one {@link Sentence}; dependencies are given as {@code relation, governor, dependent}. */
    public static final class SentenceBuilder {
        private final int index;
        private final int begin;
        private final String text;
        private final List<String> words = new ArrayList<>();
        private final List<Span> spans = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<Dependency> basic = new ArrayList<>();
        private List<Dependency> enhanced;

        private SentenceBuilder(int index, int begin, String text) {
            this.index = index;
            this.begin = begin;
            this.text = text;
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                words.add(m.group());
                spans.add(new Span(begin + m.start(), begin + m.end()));
                tags.add("NN");
            }
        }

        /** Part-of-speech tags of the tokens, in order (fewer than the tokens leaves the rest as {@code NN}). */
        public SentenceBuilder tags(String... pos) {
            for (int i = 0; i < pos.length; i++) {
                tags.set(i, pos[i]);
            }
            return this;
        }

        public SentenceBuilder dep(String relation, int governor, int dependent) {
            basic.add(new Dependency(relation, governor, dependent));
            return this;
        }

        /** An edge of the enhanced graph; once one is given the enhanced graph is no longer the basic tree. */
        public SentenceBuilder enhanced(String relation, int governor, int dependent) {
            if (enhanced == null) {
                enhanced = new ArrayList<>();
            }
            enhanced.add(new Dependency(relation, governor, dependent));
            return this;
        }

        public int tokenCount() {
            return words.size();
        }

        public Sentence build() {
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                tokens.add(new Token(i, w, w.toLowerCase(java.util.Locale.ROOT), tags.get(i), "O", spans.get(i)));
            }
            Span span = new Span(begin, begin + text.length());
            return enhanced == null
                    ? new Sentence(index, span, text, tokens, basic, List.of(), List.of())
                    : new Sentence(index, span, text, tokens, basic, List.of(), List.of(), enhanced);
        }
    }
}
