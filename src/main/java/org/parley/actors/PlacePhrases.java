package org.parley.actors;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Phrase rule 9 of {@link SentencePass}: a country name, a capital (its government), a city (its country, as a place),
 * or a nationality word used as a noun ("the Americans") or qualifying a thing that names no actor ("Russian oil").
 */
final class PlacePhrases {
    private final PhraseWords words;
    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;

    PlacePhrases(PhraseWords words) {
        this.words = Objects.requireNonNull(words, "words");
        this.s = words.sentence();
        this.lex = words.lex();
        this.n = words.size();
    }

    /** The place phrase starting at token {@code i}, or null. */
    Found placePhrase(int i) {
        LexMatch m = lex[i];
        if (m == null) {
            return null;
        }
        Optional<Lexeme.Place> name = m.place(Lexeme.PlaceForm.NAME);
        if (name.isPresent() && !words.vetoed(m, name.get())) {
            Country c = name.get().country();
            ActorMention am = Mentions.of(s, i, m.end(), MentionKind.COUNTRY,
                    new ActorRole(Actor.of(c.code()), null, null, c.name()), "country:" + c.name());
            return Found.one(am, Referent.of(am));
        }
        Optional<Lexeme.Place> capital = m.place(Lexeme.PlaceForm.CAPITAL);
        if (capital.isPresent() && !words.vetoed(m, capital.get())) {
            Country c = capital.get().country();
            String text = s.textOf(m.first(), m.end());
            ActorMention am = Mentions.of(s, i, m.end(), MentionKind.CAPITAL,
                    new ActorRole(Actor.of(c.code() + "GOV"), null, null, "government of " + c.name() + " ("
                            + text + ")"), "capital:" + text);
            return Found.one(am, Referent.of(am));
        }
        Optional<Lexeme.Place> city = m.place(Lexeme.PlaceForm.CITY);
        if (city.isPresent() && !words.vetoed(m, city.get())) {
            Country c = city.get().country();
            String text = s.textOf(m.first(), m.end());
            ActorMention am = Mentions.of(s, i, m.end(), MentionKind.PLACE,
                    new ActorRole(Actor.of(c.code()), null, null, c.name() + " (" + text + ")"), "place:" + text);
            return Found.one(am, Referent.of(am));
        }
        Optional<Lexeme.Place> adjective = m.place(Lexeme.PlaceForm.ADJECTIVE);
        if (adjective.isPresent() && (isDemonym(m) || qualifiesThing(m)) && !words.vetoed(m, adjective.get())) {
            Country c = adjective.get().country();
            String text = s.textOf(m.first(), m.end());
            ActorMention am = Mentions.of(s, i, m.end(), MentionKind.NATIONALITY,
                    new ActorRole(Actor.of(c.code()), null, null, c.name()), "nationality:" + text);
            return Found.one(am, Referent.of(am));
        }
        return null;
    }

    /**
     * A nationality adjective that qualifies a common noun naming no actor: "Ukrainian positions", "Russian oil",
     * "Ukrainian-held cities". The adjective names the country the thing belongs to, so an event on the thing
     * is an event on the country ("imposed sanctions on Russian oil"). An adjective before an agent word is part
     * of a group or institution (rules 3 and 5 take it first); one before a proper noun belongs to a name
     * ("Chinese New Year").
     */
    private boolean qualifiesThing(LexMatch m) {
        int last = m.end() - 1;
        if (!s.token(last).pos().startsWith("JJ")) {
            return false;
        }
        Optional<Dependency> head = s.headOf(last);
        if (head.isEmpty() || !head.get().relation().equals("amod") || head.get().governor() <= last) {
            return false;
        }
        Token noun = s.token(head.get().governor());
        return noun.pos().equals("NN") || noun.pos().equals("NNS");
    }

    /** A nationality word used as a noun: tagged as a noun and not followed by one ("the Americans said"). */
    private boolean isDemonym(LexMatch m) {
        Token last = s.token(m.end() - 1);
        if (!last.pos().startsWith("NN")) {
            return false;
        }
        return m.end() >= n || !s.token(m.end()).pos().startsWith("NN") && !s.token(m.end()).pos().startsWith("JJ");
    }
}
