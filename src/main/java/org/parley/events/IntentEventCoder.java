package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.nlp.ReportingVerbs;

/**
 * The events stage with willingness read as intent. An act of cooperation (CAMEO 04-08) that its source is only
 * ready, willing or prepared to do is, as CAMEO codes it, an expression of intent (03): "the government was ready to
 * hold talks with the farm unions" is 036 (express intent to meet or negotiate), "Arnor is willing to send aid to
 * Gondor" 033; the event is the willingness itself, dated and given its status where it is said ("said it was
 * ready": the saying) or else where the word stands, not the talks or the aid, which have not happened. A willingness noun does the same ("expressed readiness to resume talks").
 * An act that has no intent code of its own (a verbal one, or conflict) is left as it is.
 */
public final class IntentEventCoder implements EventCoder {
    /** Adjectives and nouns of willingness that take an infinitive: "ready to", "readiness to". */
    private static final Set<String> WILLINGNESS = Set.of("ready", "willing", "prepared", "eager", "readiness",
            "willingness", "preparedness", "eagerness");

    private final EventCoder coder;

    public IntentEventCoder(EventCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    @Override
    public List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> actors) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : coder.code(document, actors)) {
            Sentence s = document.sentences().stream().filter(x -> x.index() == e.sentence()).findFirst().orElseThrow();
            Optional<String> intent = intentCode(e.code());
            int word = intent.isPresent() ? willingnessOver(s, e.predicateToken()) : -1;
            if (word < 0) {
                out.add(e);
            } else {
                int said = saying(s, word);
                out.add(new CodedEvent(e.sentence(), e.source(), e.target(), intent.get(), said, s.token(said).span(),
                        e.rule() + "; intent: " + s.token(word).word() + " to", e.location()));
            }
        }
        return out;
    }

    @Override
    public EventCoder with(CodingOptions options) {
        return new IntentEventCoder(coder.with(options));
    }

    /**
     * The willingness word that governs predicate {@code p} ("ready" in "ready to hold talks"), or -1: the
     * predicate, or the light verb whose object it is, is an infinitive with {@code to} below such a word.
     */
    static int willingnessOver(Sentence s, int p) {
        int verb = p;
        Optional<Dependency> up = s.headOf(verb);
        if (s.token(verb).isNoun() && up.isPresent() && up.get().baseRelation().equals("obj")
                && up.get().governor() != Dependency.ROOT && s.token(up.get().governor()).isVerb()) {
            verb = up.get().governor(); // "hold talks": the light verb carries the infinitive
            up = s.headOf(verb);
        }
        if (up.isEmpty() || up.get().governor() == Dependency.ROOT || !hasTo(s, verb)) {
            return -1;
        }
        String relation = up.get().baseRelation();
        int governor = up.get().governor();
        if (!relation.equals("xcomp") && !relation.equals("acl") && !relation.equals("advcl")) {
            return -1;
        }
        if (willing(s, governor)) {
            return governor;
        }
        // "expressed readiness to mediate": the parser hangs the infinitive on the verb whose object the noun is
        for (Dependency d : s.childrenOf(governor)) {
            if (d.baseRelation().equals("obj") && d.dependent() < verb && willing(s, d.dependent())) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** A word of willingness; "prepared" only as an adjective after "be" ("was prepared to"), not "prepared to strike". */
    private static boolean willing(Sentence s, int i) {
        String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("prepare")) {
            return s.token(i).word().equalsIgnoreCase("prepared") && s.childrenOf(i).stream()
                    .anyMatch(d -> d.baseRelation().equals("cop") || d.relation().equals("aux:pass"));
        }
        return WILLINGNESS.contains(lemma);
    }

    /**
     * Where the intent is expressed: the reporting verb whose clause the willingness word heads ("said it was
     * ready"), since saying it is the act; else the word itself ("Arnor is willing to ...").
     */
    static int saying(Sentence s, int word) {
        Optional<Dependency> up = s.headOf(word);
        if (up.isPresent() && up.get().governor() != Dependency.ROOT && up.get().baseRelation().equals("ccomp")
                && s.token(up.get().governor()).isVerb() && ReportingVerbs.contains(s.token(up.get().governor()).lemma())) {
            return up.get().governor();
        }
        return word;
    }

    private static boolean hasTo(Sentence s, int verb) {
        return s.childrenOf(verb).stream().anyMatch(d -> d.baseRelation().equals("mark")
                && s.token(d.dependent()).word().equalsIgnoreCase("to"));
    }

    /**
     * The CAMEO intent code (03) of an act of cooperation: meeting (04) is 036, mediating (045) 039, diplomatic cooperation (05) 032,
     * material cooperation (06) 031 and its kinds, aid (07) 033 and its kinds, yielding (08) 035 and its kinds, reform
     * (083) 034 and its kinds; empty for any other code.
     */
    static Optional<String> intentCode(String code) {
        if (code.length() < 3 || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String intent = switch (code) {
            case "045" -> "039";
            case "061" -> "0311";
            case "062" -> "0312";
            case "063" -> "0313";
            case "064" -> "0314";
            case "071" -> "0331";
            case "072" -> "0332";
            case "073" -> "0333";
            case "074" -> "0334";
            case "081" -> "0351";
            case "082" -> "0352";
            case "083" -> "034";
            case "0831" -> "0341";
            case "0832" -> "0342";
            case "0833" -> "0343";
            case "0834" -> "0344";
            case "084", "0841", "0842" -> "0353";
            case "085" -> "0354";
            case "086", "0861", "0862", "0863" -> "0355";
            case "087", "0871", "0872", "0873", "0874" -> "0356";
            default -> switch (code.substring(0, 2)) {
                case "04" -> "036";
                case "05" -> "032";
                case "06" -> "031";
                case "07" -> "033";
                case "08" -> "035";
                default -> "";
            };
        };
        return intent.isEmpty() ? Optional.empty() : Optional.of(intent);
    }
}
