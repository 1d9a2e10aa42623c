package org.parley.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.nlp.ReportingVerbs;

/**
 * One sentence's enhanced dependency graph together with its actor mentions: the view the pattern engine matches
 * against. Answers "which actors stand at this token" and "who is the subject of this verb".
 */
final class SentenceGraph {
    private static final Set<String> INHERITS_SUBJECT = Set.of("xcomp", "advcl", "conj");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    /** Pronouns that, as the subject of what a speaker reports, stand for the speaker ("Iran said it would"). */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we");

    private final Sentence sentence;
    private final List<ActorMention> actors;
    private final List<ActorMention> places;

    /** A graph over the sentence's mentions; {@link MentionKind#PLACE} mentions are kept apart ({@link #placesAt}). */
    SentenceGraph(Sentence sentence, List<ActorMention> mentions) {
        this.sentence = sentence;
        this.actors = mentions.stream().filter(m -> m.kind() != MentionKind.PLACE).toList();
        this.places = mentions.stream().filter(m -> m.kind() == MentionKind.PLACE).toList();
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.token(i);
    }

    /** Whether a token's lemma or lower-cased word is {@code word}. */
    boolean is(int i, String word) {
        Token t = sentence.token(i);
        return t.lemma().equalsIgnoreCase(word) || t.word().equalsIgnoreCase(word);
    }

    /**
     * The subject words of {@code v}: its enhanced-graph {@code nsubj} children (also {@code nsubj:pass},
     * {@code nsubj:xsubj}), less those {@link #strayedSubjects} leaves out.
     */
    List<Integer> subjects(int v) {
        List<Integer> out = children(v, "nsubj");
        out.removeAll(strayedSubjects(v));
        if (out.isEmpty()) {
            int taken = reportedSubject(v);
            if (taken >= 0) {
                out.add(taken);
            }
        }
        return out;
    }

    /**
     * The subject a reporting verb took as its object: in "Sikorski said Warsaw would close the consulate" the parser
     * often makes "Warsaw" the object of "said" and hangs "close" on "said" without a subject. A noun that is the
     * object of the reporting verb above {@code v} and stands right before {@code v}'s first auxiliary ("would",
     * "will", "could") is then {@code v}'s subject; -1 when there is none.
     */
    private int reportedSubject(int v) {
        Optional<Dependency> up = sentence.headOf(v);
        if (up.isEmpty() || up.get().governor() == Dependency.ROOT
                || !ReportingVerbs.contains(token(up.get().governor()).lemma())) {
            return -1;
        }
        int reporter = up.get().governor();
        int firstAux = v;
        for (Dependency d : sentence.childrenOf(v)) {
            if (d.baseRelation().equals("aux") && d.dependent() < firstAux) {
                firstAux = d.dependent();
            }
        }
        if (firstAux == v || firstAux == 0 || !token(firstAux).pos().equals("MD")) {
            return -1;
        }
        Optional<Dependency> before = sentence.headOf(firstAux - 1);
        boolean objectOfReporter = before.isPresent() && before.get().governor() == reporter
                && before.get().baseRelation().equals("obj") && token(firstAux - 1).isNoun();
        return objectOfReporter && reporter < firstAux - 1 ? firstAux - 1 : -1;
    }

    /**
     * Subject words the parser gave {@code v} beyond its first: a clause has one subject (members of a conjoined
     * subject hang from the first by {@code conj}), so a second {@code nsubj} in the basic tree is a word of the
     * first subject's phrase the parser broke off ("Gollum centre of a row between Radagast the Brown called ...":
     * "Brown" is no second subject of "called"). Returns the later ones, with the words conjoined to them; not one
     * set off by a comma right before its phrase, a list member written without a conjunction ("Galadriel, Gollum
     * participated").
     */
    List<Integer> strayedSubjects(int v) {
        List<Integer> basic = new ArrayList<>();
        for (Dependency d : sentence.childrenOf(v)) {
            if (d.baseRelation().equals("nsubj")) {
                basic.add(d.dependent());
            }
        }
        if (basic.size() < 2) {
            return List.of();
        }
        basic.sort(null);
        List<Integer> out = new ArrayList<>();
        for (int b : basic.subList(1, basic.size())) {
            int first = b;
            while (first > 0 && sentence.dominates(b, first - 1) && !token(first - 1).word().equals(",")) {
                first--;
            }
            // "Galadriel, Gollum participated": subjects listed with a comma only, as headlines write them
            if (first == 0 || !token(first - 1).word().equals(",")) {
                out.add(b);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            for (int c : children(out.get(i), "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Enhanced-graph children of {@code i} whose relation is {@code relation} or starts with {@code relation:}. */
    List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.enhancedChildrenOf(i)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Enhanced-graph children of {@code i} with exactly this relation. */
    List<Integer> childrenExactly(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.enhancedChildrenOf(i)) {
            if (d.relation().equals(relation)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The first enhanced-graph head edge of {@code i}, or null at the root. */
    Dependency headEdge(int i) {
        for (Dependency d : sentence.enhancedHeadsOf(i)) {
            if (d.governor() != Dependency.ROOT && !d.relation().equals("ref")) {
                return d;
            }
        }
        return null;
    }

    boolean isPassive(int verb) {
        return !children(verb, "nsubj:pass").isEmpty() || !children(verb, "aux:pass").isEmpty();
    }

    /**
     * The actor mentions standing at token {@code i}: those covering it. A compound reference ("the two sides")
     * gives several mentions over the same words.
     */
    List<ActorMention> actorsAt(int i) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : actors) {
            if (m.covers(i)) {
                out.add(m);
            }
        }
        if (out.size() > 1) {
            // several mentions cover the token: keep those with the narrowest range (nested names)
            int narrowest = out.stream().mapToInt(m -> m.endToken() - m.firstToken()).min().orElse(0);
            out.removeIf(m -> m.endToken() - m.firstToken() != narrowest && !sameRange(out, m));
        }
        return out;
    }

    /** The place mentions ("Kharkiv") covering token {@code i}: no actors, only the country of a target place. */
    List<ActorMention> placesAt(int i) {
        return places.stream().filter(m -> m.covers(i)).toList();
    }

    private static boolean sameRange(List<ActorMention> all, ActorMention m) {
        return all.stream().filter(o -> o != m).anyMatch(o -> o.firstToken() == m.firstToken() && o.endToken() == m.endToken());
    }

    List<ActorMention> actorsAt(List<Integer> tokens) {
        Set<ActorMention> out = new LinkedHashSet<>();
        for (int t : tokens) {
            out.addAll(actorsAt(t));
        }
        return new ArrayList<>(out);
    }

    /**
     * The actors that are the subject of verb {@code v}: its own {@code nsubj} (and controlled
     * {@code nsubj:xsubj}); a relative pronoun stands for the actor words before it. When the subject names no actor
     * (or there is none), the subject of the verb it depends on through {@code xcomp}, {@code advcl} or
     * {@code conj} ("Arnor used the trip to seek ..."); not a clause with a subject of its own ("Arnor restored
     * ties after crowds burned its embassy": the crowds burned it). An active participle modifying a noun without a
     * subject of its own is done by what the noun names ("troops leaving Iraq"). A pronoun subject ("it", "they", "we") that
     * names no actor, in the complement of a reporting verb, is the reporting verb's subject: "Iran said it would
     * not negotiate", "Tehran denied that it had attacked" ("it" not for a person; "they" only for several speakers
     * or a group).
     */
    List<ActorMention> subjectActors(int v) {
        int current = v;
        for (int depth = 0; depth < 4; depth++) {
            List<Integer> subjects = ownSubjects(current);
            List<ActorMention> found = actorsAt(subjects);
            if (!found.isEmpty() || hasNominalSubject(current)) {
                // a clause with a subject of its own that names no actor ("after crowds burned ...") is not done
                // by the subject of the clause above
                return found;
            }
            int reporter = reportingHead(current);
            if (reporter >= 0 && !subjects.isEmpty() && subjects.stream().allMatch(this::speakerPronoun)) {
                List<ActorMention> speakers = new ArrayList<>(subjectActors(reporter));
                if (subjects.stream().anyMatch(t -> token(t).word().equalsIgnoreCase("it"))) {
                    speakers.removeIf(SentenceGraph::notIt); // a person is "he" or "she"
                }
                boolean they = subjects.stream().anyMatch(t -> token(t).word().equalsIgnoreCase("they"));
                if (they && speakers.size() < 2 && speakers.stream().anyMatch(m -> m.kind() != MentionKind.GROUP)) {
                    return List.of(); // "Iran said they attacked": "they" are others than one speaker
                }
                return speakers;
            }
            Dependency head = headEdge(current);
            if (head != null && head.relation().equals("acl") && token(current).pos().equals("VBG")
                    && subjects.isEmpty()) {
                // an active participle modifying a noun is done by what the noun names: "troops leaving Iraq"
                return actorsAt(head.governor());
            }
            // the parser hangs a gerund complement as "dep" ("denied attacking"): it shares the subject like xcomp
            boolean gerund = head != null && head.baseRelation().equals("dep") && token(current).pos().equals("VBG");
            if (head == null || !(INHERITS_SUBJECT.contains(head.baseRelation()) || gerund)
                    || !token(head.governor()).isVerb()) {
                return found;
            }
            if (hasOwnSubject(current)) {
                // a clause with a subject of its own is another actor's: "after crowds burned ..."
                return found;
            }
            current = head.governor();
        }
        return List.of();
    }

    /**
     * Whether "it" cannot stand for this actor mention: a person ("he" or "she"), or people named by an agent noun
     * with no country ("a senior official" coded {@code ---GOV}); "South Korean officials" stand for their government,
     * which "it" may be.
     */
    static boolean notIt(ActorMention m) {
        return m.kind() == MentionKind.PERSON
                || m.kind() == MentionKind.GROUP && !m.roles().get(0).actor().hasCountry();
    }

    /**
     * Whether verb {@code v} has a subject of its own in the basic tree (active or passive); a subject the enhanced
     * graph only lends it through control ("use the trip to seek") does not count.
     */
    boolean hasOwnSubject(int v) {
        return sentence.childrenOf(v).stream().anyMatch(d -> d.baseRelation().equals("nsubj"));
    }

    /** The reporting verb whose complement clause {@code v} heads ("said [it would not negotiate]"), or -1. */
    int reportingHead(int v) {
        Dependency head = headEdge(v);
        if (head == null || !head.baseRelation().equals("ccomp")) {
            return -1;
        }
        Token reporter = token(head.governor());
        return reporter.isVerb() && ReportingVerbs.contains(reporter.lemma()) ? head.governor() : -1;
    }

    private boolean speakerPronoun(int t) {
        return token(t).pos().equals("PRP") && actorsAt(t).isEmpty()
                && SPEAKER_PRONOUNS.contains(token(t).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether verb {@code v} has a subject of its own in the basic tree that is a noun, not a pronoun. */
    private boolean hasNominalSubject(int v) {
        for (Dependency d : sentence.childrenOf(v)) {
            if (d.baseRelation().equals("nsubj") && token(d.dependent()).isNoun()) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> ownSubjects(int v) {
        // the basic tree keeps the relative pronoun itself; the enhanced graph has already replaced it with the
        // parser's antecedent, which is often wrong ("engagement between Kim and Trump, who met")
        for (Dependency d : sentence.childrenOf(v)) {
            if (d.baseRelation().equals("nsubj")
                    && RELATIVE_PRONOUNS.contains(token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
                List<Integer> antecedent = antecedent(d.dependent());
                if (!antecedent.isEmpty()) {
                    return antecedent;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.enhancedChildrenOf(v)) {
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                out.add(d.dependent());
            }
        }
        out.removeAll(strayedSubjects(v));
        if (out.isEmpty()) {
            int taken = reportedSubject(v);
            if (taken >= 0) {
                out.add(taken);
            }
        }
        return out;
    }

    /**
     * What a relative pronoun at {@code pronoun} refers to: the actor phrase that ends just before it (skipping a
     * comma), with the phrases conjoined to it ("Kim and Trump, who last met"). The parser often attaches the
     * relative clause to the wrong noun; adjacency is the better guide.
     */
    List<Integer> antecedent(int pronoun) {
        int i = pronoun - 1;
        while (i >= 0 && token(i).pos().equals(",")) {
            i--;
        }
        if (i < 0 || actorsAt(i).isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        out.add(i);
        // conjuncts of the antecedent: its conj children and the head it is conjoined to
        out.addAll(children(i, "conj"));
        for (Dependency d : sentence.enhancedHeadsOf(i)) {
            if (d.baseRelation().equals("conj")) {
                out.add(d.governor());
            }
        }
        return out;
    }
}
