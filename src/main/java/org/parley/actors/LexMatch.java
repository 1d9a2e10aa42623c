package org.parley.actors;

import java.util.List;
import java.util.Optional;

/**
 * Dictionary words found in a sentence: tokens {@code [first, end)} and everything they can stand for.
 *
 * @param first   first token
 * @param end     one past the last token
 * @param lexemes what the words stand for; never empty
 */
public record LexMatch(int first, int end, List<Lexeme> lexemes) {
    public LexMatch {
        lexemes = List.copyOf(lexemes);
        if (lexemes.isEmpty() || end <= first) {
            throw new IllegalArgumentException("empty lexical match");
        }
    }

    /** The place reading in one of the given forms, if any. */
    public Optional<Lexeme.Place> place(Lexeme.PlaceForm... forms) {
        for (Lexeme l : lexemes) {
            if (l instanceof Lexeme.Place p) {
                for (Lexeme.PlaceForm f : forms) {
                    if (p.form() == f) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The agent reading, if any. */
    public Optional<Agent> agent() {
        for (Lexeme l : lexemes) {
            if (l instanceof Lexeme.AgentWord a) {
                return Optional.of(a.agent());
            }
        }
        return Optional.empty();
    }

    /** The person reading, if exactly one person has this name. */
    public Optional<Person> person() {
        Person found = null;
        for (Lexeme l : lexemes) {
            if (l instanceof Lexeme.PersonName p) {
                if (found != null) {
                    return Optional.empty();
                }
                found = p.person();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The organisation reading, if any. */
    public Optional<Organisation> organisation() {
        for (Lexeme l : lexemes) {
            if (l instanceof Lexeme.OrgName o) {
                return Optional.of(o.organisation());
            }
        }
        return Optional.empty();
    }
}
