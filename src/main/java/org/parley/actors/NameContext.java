package org.parley.actors;

import java.util.Set;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The context checks that stop a place or organisation word from being an actor:
 * <ul>
 *   <li>a word inside a longer PERSON name found by the NLP stage ("Michael Jordan", "Chad Smith") is part of a
 *       person's name, not a country (a PERSON tag on exactly the dictionary's words only says NER does not know
 *       them: "Arnor");</li>
 *   <li>a word inside a longer proper name that ends in a geographic feature or an event, institution or media noun
 *       ("South China Sea", "APEC Economic Leaders' Meeting", "Sea of Japan", "Washington Post") is part of that
 *       name;</li>
 *   <li>a country name that follows "City," of another country or stands next to "state" ("Atlanta, Georgia",
 *       "Georgia state", "the state of Georgia") names a subdivision;</li>
 *   <li>a country name or capital after a capitalized compass or region word that the dictionary does not join to
 *       it ("Latin America", "Northern Ireland", "New Mexico", "East Jerusalem") names another place.</li>
 * </ul>
 */
final class NameContext {
    /** Last words of proper names that are places, events, institutions or media, not actors. */
    static final Set<String> NAME_NOUNS = Set.of(
            "sea", "ocean", "gulf", "strait", "straits", "peninsula", "river", "lake", "bay", "canal", "island",
            "islands", "mountain", "mountains", "desert", "valley", "basin", "plateau", "channel",
            "meeting", "summit", "forum", "conference", "dialogue", "games", "olympics", "cup", "championship",
            "championships", "festival", "expo", "exhibition", "week", "award", "awards", "prize", "marathon",
            "convention", "agreement", "accord", "treaty", "declaration", "initiative", "act", "doctrine", "charter",
            "institute", "institutes", "university", "college", "academy", "school", "museum", "hospital", "airport",
            "station", "stadium", "post", "times", "journal", "daily", "herald", "tribune", "airlines", "airways",
            "bank", "company", "corporation", "corp", "inc", "ltd", "studies");

    /** Small words that may sit inside a proper name ("Bank of China", "Institutes for International Studies"). */
    private static final Set<String> NAME_GLUE = Set.of("of", "for", "the", "&", "'", "-");

    /** Capitalized words that turn a country name into the name of another place. */
    private static final Set<String> REGION_WORDS = Set.of("latin", "south", "north", "central", "east", "west",
            "northern", "southern", "eastern", "western", "upper", "lower", "new", "greater");

    private NameContext() {
    }

    /** Whether the word before {@code first} is a capitalized region word ("Latin America", "Northern Ireland"). */
    static boolean regionPrefixed(Sentence s, int first) {
        if (first == 0) {
            return false;
        }
        String w = s.token(first - 1).word();
        return TokenKeys.isCapitalized(w) && REGION_WORDS.contains(TokenKeys.key(w));
    }

    /**
     * Whether the range lies inside a PERSON name of the NLP stage that is longer than the range. A determiner at the
     * start of the name is not part of it: NER takes a capitalized sentence-initial article into the name ("An
     * Eriadorian was shot"), and "An" or "The" makes no name longer.
     */
    static boolean taggedPerson(Sentence s, int first, int end) {
        for (EntityMention e : s.entities()) {
            int nameFirst = e.firstToken();
            while (nameFirst < e.endToken() - 1 && "DT".equals(s.token(nameFirst).pos())) {
                nameFirst++;
            }
            boolean overlaps = nameFirst < end && first < e.endToken();
            boolean longer = nameFirst < first || e.endToken() > end;
            if ("PERSON".equals(e.type()) && overlaps && longer) {
                return true;
            }
        }
        return false;
    }

    /** Whether the range is part of a longer proper name of a place feature, event, institution or medium. */
    static boolean partOfProperName(Sentence s, int first, int end) {
        int n = s.tokens().size();
        int k = end;
        for (int steps = 0; k < n && steps < 8; steps++, k++) {
            Token t = s.token(k);
            String key = TokenKeys.key(t.word());
            if (key.equals(TokenKeys.POSSESSIVE)) {
                break;
            }
            if (TokenKeys.isCapitalized(t.word()) && t.pos().startsWith("NNP")) {
                if (NAME_NOUNS.contains(key)) {
                    return true;
                }
                continue;
            }
            if (NAME_GLUE.contains(key) && k + 1 < n && TokenKeys.isCapitalized(s.token(k + 1).word())) {
                continue;
            }
            break;
        }
        if (first >= 2 && TokenKeys.key(s.token(first - 1).word()).equals("of")) {
            Token before = s.token(first - 2);
            return TokenKeys.isCapitalized(before.word()) && NAME_NOUNS.contains(TokenKeys.key(before.word()));
        }
        return false;
    }

    /**
     * Whether a country name at {@code [first, end)} names a subdivision: "City, Georgia" where the city belongs to
     * another country, "Georgia state", "state of Georgia".
     */
    static boolean subdivision(Sentence s, LexMatch[] lex, int first, int end, Country country) {
        int n = s.tokens().size();
        if (end < n && TokenKeys.key(s.token(end).word()).equals("state")) {
            return true;
        }
        if (first >= 2 && TokenKeys.key(s.token(first - 1).word()).equals("of")
                && TokenKeys.key(s.token(first - 2).word()).equals("state")) {
            return true;
        }
        if (first >= 2 && s.token(first - 1).word().equals(",")) {
            LexMatch before = endingAt(lex, first - 1);
            if (before != null) {
                var place = before.place(Lexeme.PlaceForm.CITY, Lexeme.PlaceForm.CAPITAL);
                return place.isPresent() && !place.get().country().code().equals(country.code());
            }
        }
        return false;
    }

    /** The lexical match that ends just before token {@code end}, if any. */
    static LexMatch endingAt(LexMatch[] lex, int end) {
        for (int k = end - 1; k >= 0 && k >= end - 6; k--) {
            if (lex[k] != null) {
                return lex[k].end() == end ? lex[k] : null;
            }
        }
        return null;
    }
}
