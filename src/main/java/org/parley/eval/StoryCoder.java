package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.pipeline.CodedArticle;

/**
 * Codes the records of one story as one article, each record's text a paragraph of the body dated by the first
 * record, and gives each record the events of its own sentences: an actor named in one record is then in reach of a
 * pronoun in the next, as in any article.
 */
final class StoryCoder {
    private StoryCoder() {
    }

    /**
     * @param story the story's records, in order (at least one)
     * @return one coded article per record, in the same order: the whole story's document and actors, and the
     *         events of the record's sentences
     */
    static List<CodedArticle> code(List<SuiteRecord> story, Function<Article, CodedArticle> coder) {
        if (story.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one record");
        }
        StringBuilder body = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        for (SuiteRecord r : story) {
            if (!body.isEmpty()) {
                body.append(Article.TITLE_SEPARATOR); // a paragraph break: a record's sentence never runs into the next
            }
            int begin = body.length();
            body.append(r.text().strip());
            ranges.add(new int[] {begin, body.length()});
        }
        SuiteRecord first = story.get(0);
        Article article = new Article("suite-" + first.id(), first.date(), "", body.toString(), "", "", first.id());
        CodedArticle coded = coder.apply(article);
        List<CodedArticle> out = new ArrayList<>();
        for (int[] range : ranges) {
            List<Event> events = new ArrayList<>();
            for (Event e : coded.events()) {
                int begin = sentenceBegin(coded, e.sentence());
                if (begin >= range[0] && begin < range[1] + Article.TITLE_SEPARATOR.length()) {
                    events.add(e);
                }
            }
            out.add(new CodedArticle(coded.document(), coded.actors(), events));
        }
        return out;
    }

    private static int sentenceBegin(CodedArticle coded, int index) {
        for (Sentence s : coded.document().sentences()) {
            if (s.index() == index) {
                return s.span().begin();
            }
        }
        throw new IllegalStateException("an event of sentence " + index + ", which the document does not have");
    }
}
