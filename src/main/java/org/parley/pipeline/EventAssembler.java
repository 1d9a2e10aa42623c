package org.parley.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.events.CameoTable;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Attribution;
import org.parley.model.CodedEvent;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Sentence;
import org.parley.model.Timing;

/**
 * Turns a coded event and its timing into the finished {@link Event}: picks each actor's role on the event's date,
 * looks up the CAMEO code's weights, resolves who asserts the event to an actor code, and records provenance.
 */
public final class EventAssembler {
    private final CameoTable cameo;
    private final String dictionaryVersion;

    public EventAssembler(CameoTable cameo, String dictionaryVersion) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.dictionaryVersion = Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    }

    /** The event without the article's actor mentions: an attribution keeps the actor code it came with. */
    public Event assemble(AnnotatedDocument document, CodedEvent coded, Timing timing) {
        return assemble(document, coded, timing, List.of());
    }

    /**
     * The event, with the speaker of its attribution ("Seoul said ...", "according to the foreign ministry")
     * resolved from {@code mentions}, the article's actor mentions: the mention of the event's sentence that
     * overlaps most of the attribution's words, its code on the article's date (when the statement was made).
     */
    public Event assemble(AnnotatedDocument document, CodedEvent coded, Timing timing, List<ActorMention> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        LocalDate on = timing.date().anchor(document.article().date());
        Sentence sentence = sentence(document, coded.sentence());
        String fullText = document.article().fullText();
        Evidence evidence = new Evidence(sentence.text(), coded.predicateSpan().of(fullText), coded.predicateSpan(),
                coded.rule(), dictionaryVersion, Versions.CODE);
        return new Event(document.article().id(), sentence.index(), participant(coded.source(), on),
                participant(coded.target(), on), cameo.get(coded.code()), timing.date(), timing.status(),
                timing.statusCue(), speaker(timing.attribution(), coded.sentence(), mentions,
                document.article().date()), timing.historical(), coded.location(), evidence);
    }

    /** The attribution with its speaker's actor code, when an actor mention of the sentence covers its words. */
    static Attribution speaker(Attribution a, int sentence, List<ActorMention> mentions, LocalDate on) {
        if (a == null || !a.actor().isEmpty()) {
            return a;
        }
        ActorMention best = null;
        int bestOverlap = 0;
        for (ActorMention m : mentions) {
            if (m.sentence() != sentence || !m.span().overlaps(a.span())) {
                continue;
            }
            int overlap = Math.min(m.span().end(), a.span().end()) - Math.max(m.span().begin(), a.span().begin());
            if (overlap > bestOverlap) {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best == null ? a : new Attribution(a.text(), best.roleOn(on).actor().code(), a.cue(), a.span());
    }

    /**
     * The sentence with the given index. Indices are not list positions: the title is sentence 0 and the body starts
     * at sentence 1 whether or not there is a title.
     */
    private static Sentence sentence(AnnotatedDocument document, int index) {
        for (Sentence s : document.sentences()) {
            if (s.index() == index) {
                return s;
            }
        }
        throw new IllegalArgumentException("event names sentence " + index + " which article "
                + document.article().id() + " does not have");
    }

    static Participant participant(ActorMention mention, LocalDate on) {
        ActorRole role = mention.roleOn(on);
        String roleText = role.note().isEmpty() && role.from() == null && role.to() == null ? ""
                : (role.note() + " " + (role.from() == null ? "" : role.from()) + ".."
                        + (role.to() == null ? "" : role.to())).trim();
        return new Participant(role.actor().code(), role.actor().country(), role.actor().sector(), mention.text(),
                mention.span(), mention.rule(), roleText);
    }
}
