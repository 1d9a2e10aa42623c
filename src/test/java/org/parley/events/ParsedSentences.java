package org.parley.events;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Test helpers for the per-sentence parts of the pattern engine: a sentence's graph on a real parse, and lookups. */
final class ParsedSentences {
    private ParsedSentences() {
    }

    /** The graph of the first sentence of {@code text}, with the actors {@code actors} finds in it. */
    static SentenceGraph graph(PhraseActorResolver actors, String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        Sentence s = doc.sentences().get(0);
        List<ActorMention> here = actors.resolve(doc).stream().filter(m -> m.sentence() == s.index()).toList();
        return new SentenceGraph(s, here);
    }

    /** The token of the first occurrence of {@code word}. */
    static int word(SentenceGraph g, String word) {
        for (int i = 0; i < g.sentence().tokens().size(); i++) {
            if (g.token(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no word " + word + " in: " + g.sentence().text());
    }

    /** The words at {@code tokens}. */
    static List<String> words(SentenceGraph g, List<Integer> tokens) {
        return tokens.stream().map(t -> g.token(t).word()).toList();
    }

    /** The first role's actor code of each mention. */
    static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.roles().get(0).actor().code()).toList();
    }

    /** A dictionary of the pattern lines {@code lines}, in the built-in file's format. */
    static PatternDictionary dictionary(String... lines) {
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        try {
            return PatternDictionary.read(new ByteArrayInputStream(text), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pattern line, in the built-in file's format. */
    static EventPattern pattern(String line) {
        return PatternDictionary.parse(line, "test:1");
    }
}
