package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import org.parley.app.AnnotationReport;

/** The text form of an {@link AnnotationReport}, for people. */
final class AnnotationText {
    private AnnotationText() {
    }

    static void print(AnnotationReport r, PrintWriter out) {
        out.printf("article %s  date %s  %s%n", r.articleId(), r.date(), r.origin());
        if (!r.title().isEmpty()) {
            out.printf("title   %s%n", r.title());
        }
        for (AnnotationReport.SentenceView s : r.sentences()) {
            out.printf("%n[%d] %s%n", s.index(), s.text());
            StringBuilder tokens = new StringBuilder("  tokens:");
            for (AnnotationReport.TokenView t : s.tokens()) {
                tokens.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.pos());
                if (!"O".equals(t.ner())) {
                    tokens.append('/').append(t.ner());
                }
                tokens.append("<-").append(t.relation()).append(':').append(t.head());
            }
            out.println(tokens);
            for (AnnotationReport.EntityView e : s.entities()) {
                out.printf("  entity   %-12s %s%n", e.type(), e.text());
            }
            for (AnnotationReport.TimeView t : s.times()) {
                out.printf("  time     %-24s %-8s sutime=%-10s parley=%-10s %s%s%n", '"' + t.text() + '"', t.type(),
                        t.sutime(), t.parley(), t.modifier(), t.reason().isEmpty() ? "" : "  (" + t.reason() + ")");
            }
            for (AnnotationReport.ActorView a : s.actors()) {
                out.printf("  actor    %-40s %-9s %-12s %s%n", '"' + a.text() + '"', a.code(), a.kind(), a.rule());
            }
            for (AnnotationReport.PredicateView p : s.predicates()) {
                out.printf("  status   %-16s %-20s %s%n", p.word(), p.status(), p.cue());
            }
        }
        out.printf("%nevents: %d%n", r.events().size());
        for (JsonNode e : r.events()) {
            out.printf("  s%-3s %s -> %s  %s %s  %s %s  [%s]%n", e.path("sentence").asText(),
                    e.path("source").path("code").asText(), e.path("target").path("code").asText(),
                    e.path("cameo").path("code").asText(), e.path("cameo").path("name").asText(),
                    e.path("date").path("value").asText(), e.path("status").asText(),
                    e.path("evidence").path("rule").asText());
        }
    }
}
