package org.parley.events;

import java.util.List;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.CameoCode;
import org.parley.model.Dependency;

/**
 * Who made the arrests a force of order reports without saying by whom: "Police said 120 protesters were
 * detained", "Prosecutors said three officials were charged". An act of coercion (CAMEO 17: arrests, detentions,
 * charges, deportations, curfews) in the passive with no {@code by} phrase, in the clause a police force, army,
 * intelligence service or court reports, was done by that reporter: such bodies announce their own arrests. Other
 * reporters are not taken ("Ukraine said two of its citizens were detained" is no Ukrainian detention), nor other
 * acts ("police said two officers were killed" says nothing of who killed them).
 */
final class ReportedCoercion {
    /** The sectors that arrest, charge and detain, and announce it. */
    private static final Set<String> COERCIVE_SECTORS = Set.of("COP", "MIL", "SPY", "JUD");

    private ReportedCoercion() {
    }

    /**
     * The reporters of passive verb {@code verb} coding {@code code}: the subject actors of the reporting verb whose
     * reported clause it is (also as a later conjunct: "said X were detained and Y injured"), when they are a
     * coercive sector and the code is an act of coercion; else an empty list.
     */
    static List<ActorMention> of(SentenceGraph g, int verb, String code) {
        if (!CameoCode.isCameo(code) || !code.startsWith("17")) {
            return List.of();
        }
        int clause = verb;
        Dependency head = g.headEdge(clause);
        if (head != null && head.baseRelation().equals("conj")) {
            clause = head.governor();
        }
        int reporter = g.reportingHead(clause);
        if (reporter < 0) {
            return List.of();
        }
        List<ActorMention> speakers = g.subjectActors(reporter);
        boolean coercive = !speakers.isEmpty() && speakers.stream()
                .allMatch(m -> m.roles().stream().allMatch(r -> COERCIVE_SECTORS.contains(r.actor().sector())));
        return coercive ? speakers : List.of();
    }
}
