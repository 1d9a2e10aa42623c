package org.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.export.EventJson;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.pipeline.CodedArticle;
import org.parley.time.CorrectedTime;
import org.parley.time.StatusClassifier;

/** Builds the {@link AnnotationReport} of an article: runs the pipeline once and shows what each stage saw. */
public final class AnnotateService {
    private final Engine engine;
    private final StatusClassifier statuses = new StatusClassifier();
    private final EventJson json = new EventJson(new ObjectMapper());

    public AnnotateService(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public AnnotationReport report(Article article) {
        CodedArticle coded = engine.pipeline().process(article);
        Map<Integer, List<CorrectedTime>> times = engine.timer().correctedTimes(coded.document());
        List<AnnotationReport.SentenceView> sentences = new ArrayList<>();
        for (Sentence s : coded.document().sentences()) {
            List<ActorMention> actors = coded.actors().stream().filter(m -> m.sentence() == s.index()).toList();
            sentences.add(sentence(s, actors, times.getOrDefault(s.index(), List.of()), article.date()));
        }
        List<JsonNode> events = coded.events().stream().map(e -> (JsonNode) json.toJson(e)).toList();
        return new AnnotationReport(AnnotationReport.SCHEMA, article.id(), article.date().toString(), article.title(),
                article.origin(), sentences, events);
    }

    private AnnotationReport.SentenceView sentence(Sentence s, List<ActorMention> actors, List<CorrectedTime> times,
                                                   LocalDate articleDate) {
        List<AnnotationReport.TokenView> tokens = new ArrayList<>();
        for (Token t : s.tokens()) {
            Dependency head = s.headOf(t.index()).orElse(null);
            tokens.add(new AnnotationReport.TokenView(t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                    head == null ? Dependency.ROOT : head.governor(), head == null ? "" : head.relation()));
        }
        List<AnnotationReport.EntityView> entities = new ArrayList<>();
        for (EntityMention e : s.entities()) {
            entities.add(new AnnotationReport.EntityView(e.type(), e.text(), e.span().begin(), e.span().end()));
        }
        List<AnnotationReport.TimeView> timeViews = new ArrayList<>();
        for (CorrectedTime t : times) {
            timeViews.add(new AnnotationReport.TimeView(t.expression().text(), t.expression().span().begin(),
                    t.expression().span().end(), t.expression().type(), t.expression().value(), t.valueText(),
                    t.modifier(), t.reason()));
        }
        List<AnnotationReport.ActorView> actorViews = new ArrayList<>();
        for (ActorMention m : actors) {
            List<AnnotationReport.RoleView> roles = new ArrayList<>();
            for (ActorRole r : m.roles()) {
                roles.add(new AnnotationReport.RoleView(r.actor().code(), r.from() == null ? "" : r.from().toString(),
                        r.to() == null ? "" : r.to().toString(), r.note()));
            }
            actorViews.add(new AnnotationReport.ActorView(m.text(), m.span().begin(), m.span().end(),
                    m.kind().name().toLowerCase(java.util.Locale.ROOT), m.roleOn(articleDate).actor().code(), roles,
                    m.rule()));
        }
        List<AnnotationReport.PredicateView> predicates = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.isVerb()) {
                StatusClassifier.Decision d = statuses.classify(s, t.index());
                predicates.add(new AnnotationReport.PredicateView(t.index(), t.word(),
                        d.status().map(st -> st.label()).orElse("(by tense and date)"), d.cue()));
            }
        }
        return new AnnotationReport.SentenceView(s.index(), s.span().begin(), s.span().end(), s.text(), tokens,
                entities, timeViews, actorViews, predicates);
    }
}
