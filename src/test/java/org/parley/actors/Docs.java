package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Builds annotated documents by hand for fast resolver tests, without CoreNLP. A sentence is written as tokens
 * {@code word/POS} or {@code word/POS/NER} separated by spaces, e.g. {@code "South/JJ Korean/JJ officials/NNS"};
 * dependencies can be added as {@code "rel gov dep"} triples of token indices (gov -1 for the root). Tokens are
 * joined by single spaces, so a mention's text reads {@code "China ’s Xi Jinping"}.
 */
final class Docs {
    private final LocalDate date;
    private String title;
    private final List<String[]> specs = new ArrayList<>();
    private final List<List<Dependency>> deps = new ArrayList<>();

    private Docs(LocalDate date) {
        this.date = date;
    }

    static Docs on(String date) {
        return new Docs(LocalDate.parse(date));
    }

    /** A title sentence (index 0); body sentences then start at 1. */
    Docs title(String spec) {
        this.title = spec;
        return this;
    }

    Docs sentence(String spec, String... dependencies) {
        specs.add(new String[] {spec});
        List<Dependency> ds = new ArrayList<>();
        for (String d : dependencies) {
            String[] p = d.trim().split("\\s+");
            ds.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        deps.add(ds);
        return this;
    }

    AnnotatedDocument build() {
        StringBuilder full = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        String titleText = "";
        if (title != null) {
            Sentence s = sentence(0, title, List.of(), full);
            titleText = s.text();
            sentences.add(s);
            full.append(Article.TITLE_SEPARATOR);
        }
        int bodyStart = full.length();
        for (int k = 0; k < specs.size(); k++) {
            if (full.length() > bodyStart) {
                full.append(' ');
            }
            sentences.add(sentence(k + 1, specs.get(k)[0], deps.get(k), full));
        }
        String body = full.substring(bodyStart);
        Article article = new Article("test", date, titleText, body, "", "", "hand-built");
        if (!article.fullText().equals(full.toString())) {
            throw new IllegalStateException("builder text mismatch");
        }
        return new AnnotatedDocument(article, sentences);
    }

    private static Sentence sentence(int index, String spec, List<Dependency> ds, StringBuilder full) {
        int begin = full.length();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        String[] parts = spec.trim().split("\\s+");
        String openType = null;
        int openFirst = -1;
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            String word = f[0];
            String pos = f.length > 1 ? f[1] : "NN";
            String ner = f.length > 2 ? f[2] : "O";
            if (i > 0) {
                full.append(' ');
            }
            int b = full.length();
            full.append(word);
            tokens.add(new Token(i, word, word, pos, ner, new Span(b, full.length())));
            if (openType != null && !openType.equals(ner)) {
                entities.add(entity(openType, tokens, openFirst, i, full));
                openType = null;
            }
            if (openType == null && !ner.equals("O")) {
                openType = ner;
                openFirst = i;
            }
        }
        if (openType != null) {
            entities.add(entity(openType, tokens, openFirst, tokens.size(), full));
        }
        String text = full.substring(begin);
        return new Sentence(index, new Span(begin, full.length()), text, tokens, ds, entities, List.of());
    }

    private static EntityMention entity(String type, List<Token> tokens, int first, int end, StringBuilder full) {
        Span span = new Span(tokens.get(first).span().begin(), tokens.get(end - 1).span().end());
        return new EntityMention(type, span.of(full.toString()), span, first, end);
    }
}
