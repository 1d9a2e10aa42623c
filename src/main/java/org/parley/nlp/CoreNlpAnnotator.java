package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * The {@code nlp} stage on Stanford CoreNLP. One instance loads the models once; {@link #annotate} is thread-safe
 * (CoreNLP's annotators are), so one instance serves a whole process.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;
    private final AllCapsText allCaps = new AllCapsText();

    public CoreNlpAnnotator(NlpConfig config) {
        Objects.requireNonNull(config, "config");
        this.pipeline = new StanfordCoreNLP(config.toProperties());
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        // words joined by underscores are read as separate words, and lines in capitals in their usual case;
        // offsets are unchanged (WordJoiners, AllCapsText)
        Annotation annotation = new Annotation(allCaps.apply(WordJoiners.asBlanks(article.fullText())));
        annotation.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        pipeline.annotate(annotation);
        // the title is sentence 0 and the body follows it; without a title the body starts at 1, so that a
        // sentence keeps its number whether or not the input had a headline (a title that splits into several
        // sentences shifts the body's numbers: numbers stay unique)
        List<Sentence> sentences = new ArrayList<>();
        int index = article.title().isEmpty() ? 1 : 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(index++, s));
        }
        return new AnnotatedDocument(article, sentences);
    }

    private static Sentence toSentence(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int sentenceBegin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                    new Span(l.beginPosition(), l.endPosition())));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        int sentenceFirstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                addMention(m, sentenceFirstToken, labels, entities, times);
            }
        }
        return new Sentence(index, new Span(sentenceBegin, s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
                s.get(CoreAnnotations.TextAnnotation.class), tokens,
                dependencies(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)), entities, times,
                dependencies(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
    }

    /** Converts one CoreNLP entity mention; its token offsets are document-level, ours are sentence-level. */
    private static void addMention(CoreMap m, int sentenceFirstToken, List<CoreLabel> labels,
                                   List<EntityMention> entities, List<TimeExpression> times) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
        int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken;
        if (first < 0 || end > labels.size() || end <= first || "O".equals(labels.get(first).ner())) {
            return; // pronoun pseudo-mentions ("his") carry no NER tag of their own; the actors stage reads pronouns itself
        }
        Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String text = m.get(CoreAnnotations.TextAnnotation.class);
        if (type != null && TIME_TYPES.contains(type)) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            String timexType = timex != null && timex.timexType() != null ? timex.timexType() : type;
            String value = timex != null && timex.value() != null ? timex.value()
                    : timex != null && timex.altVal() != null ? timex.altVal() : "";
            times.add(new TimeExpression(text, span, first, end, timexType, value));
        } else if (type != null && !"O".equals(type)) {
            entities.add(new EntityMention(type, text, span, first, end));
        }
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        List<Dependency> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        for (var root : graph.getRoots()) {
            out.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        return out;
    }
}
