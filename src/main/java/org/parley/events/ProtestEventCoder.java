package org.parley.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.nlp.LightVerbs;

/**
 * The events stage with protests that name no target: a country's people who march, rally, strike or riot protest
 * against their own government ("thousands of farmers marched on Chandigarh" is INDAGR → INDGOV 141), the reading
 * ICEWS and most analysts give such reports. The words come from {@link ProtestWords}; the protesters are the
 * verb's subject, the noun a participle describes ("farmers marching"), or, for an event noun, its owner ("the
 * farmers' protest"), its "by" phrase or the subject of the verb that carries it ("workers went on strike", "staged
 * a sit-in"). Only people of a country in a sector that protests (not its government, army, police or courts) count,
 * and a word the wrapped coder already coded is left as it is. The government is a mention of kind
 * {@link MentionKind#DEFAULT} at the protest word, with the rule {@code implied:own-government}.
 */
public final class ProtestEventCoder implements EventCoder {
    /** Sectors of a country's people who protest against their government. */
    private static final Set<String> PROTESTING_SECTORS = Set.of("OPP", "AGR", "LAB", "EDU", "CVL", "REL", "BUS",
            "MED", "HRI", "ENV", "REF", "HLH", "PTY");
    /** Roots that are not countries (international and non-state actors have no government of their own). */
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "MNC", "UNO");
    /** Verbs that carry a protest noun for their subject ("went on strike", "joined the protest"). */
    private static final Set<String> CARRIERS = Set.of("go", "join", "call", "threaten", "begin", "launch", "stage",
            "hold", "start", "continue", "end", "take", "mount", "organize", "organise");

    private final EventCoder coder;
    private final ProtestWords words;

    public ProtestEventCoder(EventCoder coder, ProtestWords words) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.words = Objects.requireNonNull(words, "words");
    }

    @Override
    public List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> actors) {
        List<CodedEvent> events = coder.code(document, actors);
        if (words.isEmpty()) {
            return events;
        }
        List<CodedEvent> out = new ArrayList<>(events);
        boolean added = false;
        for (Sentence s : document.sentences()) {
            Set<Integer> coded = new HashSet<>();
            for (CodedEvent e : events) {
                if (e.sentence() == s.index()) {
                    coded.add(e.predicateToken());
                }
            }
            List<ActorMention> here = actors.stream().filter(m -> m.sentence() == s.index()).toList();
            for (Token t : s.tokens()) {
                if (coded.contains(t.index()) || !(t.isVerb() || t.isNoun()) || !words.has(t.lemma())) {
                    continue;
                }
                Optional<ProtestWords.Entry> entry = words.find(t.lemma(), t.isNoun(),
                        modifiers(s, t.index()));
                if (entry.isEmpty()) {
                    continue;
                }
                for (int subject : protesters(s, t)) {
                    for (ActorMention m : mentionsAt(s, here, subject)) {
                        Optional<Actor> government = government(m, document);
                        if (government.isPresent()) {
                            out.add(event(s, t, m, government.get(), entry.get()));
                            added = true;
                        }
                    }
                }
            }
        }
        if (added) {
            out.sort(Comparator.comparingInt(CodedEvent::sentence));
        }
        return out;
    }

    @Override
    public EventCoder with(CodingOptions options) {
        return new ProtestEventCoder(coder.with(options), words);
    }

    /** The lower-case words that modify a noun ("hunger" strike). */
    private static List<String> modifiers(Sentence s, int noun) {
        List<String> out = new ArrayList<>();
        for (Dependency d : s.childrenOf(noun)) {
            String rel = d.baseRelation();
            if (rel.equals("compound") || rel.equals("amod")) {
                out.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The tokens naming who protests, with the members of a conjoined subject ("farmers and students"). */
    private static List<Integer> protesters(Sentence s, Token t) {
        Integer who = t.isVerb() ? verbSubject(s, t.index()) : nounOwner(s, t.index());
        if (who == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        out.add(who);
        for (Dependency d : s.childrenOf(who)) {
            if (d.baseRelation().equals("conj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static Integer verbSubject(Sentence s, int verb) {
        Integer subject = child(s, verb, "nsubj");
        if (subject != null) {
            return subject;
        }
        Optional<Dependency> head = s.headOf(verb);
        if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
            return null;
        }
        Dependency h = head.get();
        if (h.baseRelation().equals("acl") && s.token(h.governor()).isNoun()) {
            return h.governor(); // "farmers marching on the city"
        }
        if (h.baseRelation().equals("xcomp") || h.baseRelation().equals("conj")) {
            return child(s, h.governor(), "nsubj"); // "farmers began to march", "gathered and marched"
        }
        if (h.baseRelation().equals("obl") && hasCase(s, verb, "from")) {
            return child(s, h.governor(), "obj"); // "stopped the farmers from marching"
        }
        return null;
    }

    private static Integer nounOwner(Sentence s, int noun) {
        for (Dependency d : s.childrenOf(noun)) {
            if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:by") || d.relation().equals("nmod:agent")) {
                return d.dependent();
            }
            if (d.baseRelation().equals("nmod") && s.childrenOf(d.dependent()).stream()
                    .anyMatch(c -> c.baseRelation().equals("case") && s.token(c.dependent()).word().equalsIgnoreCase("by"))) {
                return d.dependent();
            }
        }
        Optional<Dependency> head = s.headOf(noun);
        if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
            return null;
        }
        Dependency h = head.get();
        Token verb = s.token(h.governor());
        boolean carried = verb.isVerb() && (h.baseRelation().equals("obj") || h.baseRelation().equals("obl"))
                && (LightVerbs.contains(verb.lemma()) || CARRIERS.contains(verb.lemma().toLowerCase(Locale.ROOT)));
        return carried ? child(s, h.governor(), "nsubj") : null;
    }

    private static Integer child(Sentence s, int head, String relation) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.relation().equals(relation)) {
                return d.dependent();
            }
        }
        return null;
    }

    private static boolean hasCase(Sentence s, int i, String word) {
        return s.childrenOf(i).stream().anyMatch(d -> (d.baseRelation().equals("case") || d.baseRelation().equals("mark"))
                && s.token(d.dependent()).word().equalsIgnoreCase(word));
    }

    /** The mentions at a token, or at its "of" phrase when it names none ("thousands of farmers"). */
    private static List<ActorMention> mentionsAt(Sentence s, List<ActorMention> mentions, int token) {
        List<ActorMention> found = mentionsAt(mentions, token);
        if (!found.isEmpty()) {
            return found;
        }
        for (Dependency d : s.childrenOf(token)) {
            if (d.relation().equals("nmod:of") || d.baseRelation().equals("nmod") && hasCase(s, d.dependent(), "of")) {
                return mentionsAt(mentions, d.dependent());
            }
        }
        return List.of();
    }

    private static List<ActorMention> mentionsAt(List<ActorMention> mentions, int token) {
        List<ActorMention> heads = mentions.stream().filter(m -> m.headToken() == token).toList();
        return heads.isEmpty() ? mentions.stream().filter(m -> m.covers(token)).toList() : heads;
    }

    /** The government of a protester's country, when the protester is a country's people in a protesting sector. */
    private static Optional<Actor> government(ActorMention m, AnnotatedDocument document) {
        if (m.kind() == MentionKind.DEFAULT) {
            return Optional.empty();
        }
        Actor a = m.roleOn(document.article().date()).actor();
        if (NOT_COUNTRIES.contains(a.country()) || a.sector().length() < 3
                || !PROTESTING_SECTORS.contains(a.sector().substring(0, 3))) {
            return Optional.empty();
        }
        return Optional.of(Actor.of(a.country() + "GOV"));
    }

    private static CodedEvent event(Sentence s, Token word, ActorMention protesters, Actor government,
                                    ProtestWords.Entry entry) {
        ActorMention target = new ActorMention(s.index(), word.index(), word.index() + 1, word.index(), "",
                word.span(), MentionKind.DEFAULT, List.of(ActorRole.always(government)),
                "implied:own-government " + government.code());
        return new CodedEvent(s.index(), protesters, target, entry.code(), word.index(), word.span(),
                entry.id() + " " + (entry.nominal() ? "@" : "") + (entry.modifier().isEmpty() ? "" : entry.modifier() + " ")
                        + entry.word() + " (target implied: the protesters' own government)", null);
    }
}
