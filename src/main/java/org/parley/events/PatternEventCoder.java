package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Sentence;

/**
 * The pattern engine: matches verb and noun patterns of a {@link PatternDictionary} against each sentence's
 * enhanced dependency graph and reads the source and target actors from the matched words' arguments.
 *
 * <p>Verbs: the source is the subject (inherited through control and purpose clauses, resolved through relative
 * pronouns); in the passive the subject is the target and the {@code by} phrase the source. Nouns ("Xi's visit to
 * South Korea"): the source is the possessor, a {@code by} phrase, an actor modifier, the subject of a light verb
 * ("held talks"), or the source of the event noun it belongs to ("visit ... for talks with Xi"). Compound sources
 * and targets give one event per member; a symmetric pattern with a group as source and no target pairs the group's
 * members ("the two sides discussed").
 *
 * <p>This class takes each sentence the options code, leaves out the actors of its comma-delimited phrases the options
 * leave out ({@link CommaPhrases}), and hands it to a {@link SentenceMatcher} with the article's events so far
 * ({@link EventAntecedents}).
 */
public final class PatternEventCoder implements EventCoder {
    private final PatternDictionary dictionary;
    private final CodingOptions options;

    public PatternEventCoder(PatternDictionary dictionary) {
        this(dictionary, CodingOptions.STANDARD);
    }

    /** The engine over {@code dictionary} with other settings (minimum sentence length, default actors). */
    public PatternEventCoder(PatternDictionary dictionary, CodingOptions options) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public EventCoder with(CodingOptions other) {
        return new PatternEventCoder(dictionary, other);
    }

    @Override
    public List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> actors) {
        Map<Integer, List<ActorMention>> bySentence = new LinkedHashMap<>();
        for (ActorMention m : actors) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        LocalDate articleDate = document.article().date();
        List<CodedEvent> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            Set<Integer> leftOut = CommaPhrases.leftOut(s, options.commaClauses());
            List<ActorMention> here = bySentence.getOrDefault(s.index(), List.of()).stream()
                    .filter(m -> !leftOut.contains(m.headToken())).toList();
            if ((here.isEmpty() && !options.hasDefaults()) || !options.codes(s.text())) {
                continue;
            }
            out.addAll(new SentenceMatcher(dictionary, options, new SentenceGraph(s, here), articleDate, leftOut,
                    new EventAntecedents(List.copyOf(out))).match());
        }
        return out;
    }
}
