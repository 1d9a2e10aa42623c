package org.parley.pipeline;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.events.CameoTable;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Sentence;
import org.parley.model.Timing;

/**
 * Turns a coded event and its timing into the finished {@link Event}: picks each actor's role on the event's date,
 * looks up the CAMEO code's weights and records provenance.
 */
public final class EventAssembler {
    private final CameoTable cameo;
    private final String dictionaryVersion;

    public EventAssembler(CameoTable cameo, String dictionaryVersion) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.dictionaryVersion = Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    }

    public Event assemble(AnnotatedDocument document, CodedEvent coded, Timing timing) {
        LocalDate on = timing.date().anchor(document.article().date());
        Sentence sentence = sentence(document, coded.sentence());
        String fullText = document.article().fullText();
        Evidence evidence = new Evidence(sentence.text(), coded.predicateSpan().of(fullText), coded.predicateSpan(),
                coded.rule(), dictionaryVersion, Versions.CODE);
        return new Event(document.article().id(), sentence.index(), participant(coded.source(), on),
                participant(coded.target(), on), cameo.get(coded.code()), timing.date(), timing.status(),
                timing.statusCue(), timing.attribution(), timing.historical(), coded.location(), evidence);
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
