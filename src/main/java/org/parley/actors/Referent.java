package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;

/**
 * What an actor mention refers to, as coreference remembers it.
 *
 * @param rule     the rule of the mention that introduced it ({@code people:Lee Jae Myung}); coreference chains
 *                 point back to it rather than to each other
 * @param roles    its roles
 * @param nameKeys the words by which a person may be repeated alone ({@link #surnameKeys}); empty for others
 * @param person   whether it is a single person (for "he", "his", "she", "her")
 */
record Referent(String rule, List<ActorRole> roles, List<String> nameKeys, boolean person) {
    Referent {
        Objects.requireNonNull(rule, "rule");
        roles = List.copyOf(roles);
        nameKeys = List.copyOf(nameKeys);
    }

    private static final Pattern ARTICLE_PREFIX =
            Pattern.compile("^(?:al|el|ad|as|ash|at|an)-(.+)$");

    /** Particles and honorifics that never stand alone for a person ("bin", "al", "Sheikh", "Mullah"). */
    private static final Set<String> NOT_SURNAMES = Set.of("bin", "bint", "ibn", "al", "el", "ad",
            "as", "abu", "de", "da", "do", "dos", "das", "di", "du", "la", "le", "van", "von", "der", "den", "y", "sheikh",
            "mullah", "mawlawi", "ayatollah", "sayyid", "sir", "dame", "crown", "prince", "princess", "king", "queen",
            "emir", "sultan", "pope", "emperor", "jr", "jr.", "sr", "sr.", "ii", "iii", "mr", "mr.", "mrs", "mrs.", "ms",
            "ms.", "dr", "dr.");

    /**
     * The words by which a name may be repeated alone: its first and last word (the surname comes first in
     * "Lee Jae Myung", last in "Donald Trump"; a trailing "Jr." or "II" is skipped), a last word also without an
     * Arabic article prefix ("al-Assad" gives "assad"), never particles or honorifics, never middle words.
     */
    static List<String> surnameKeys(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            List<String> keys = TokenKeys.keys(name);
            if (keys.isEmpty()) {
                continue;
            }
            addKey(out, keys.get(0));
            int l = keys.size() - 1;
            while (l > 0 && NOT_SURNAMES.contains(keys.get(l))) {
                l--; // "Ferdinand Marcos Jr." is repeated as "Marcos"
            }
            String last = keys.get(l);
            addKey(out, last);
            Matcher m = ARTICLE_PREFIX.matcher(last);
            if (m.matches()) {
                addKey(out, m.group(1));
            }
        }
        return out;
    }

    private static void addKey(List<String> out, String key) {
        if (key.length() >= 2 && !NOT_SURNAMES.contains(key) && !out.contains(key)) {
            out.add(key);
        }
    }

    /** A referent that is not a person. */
    static Referent of(ActorMention m) {
        return new Referent(m.rule(), m.roles(), List.of(), false);
    }

    /** The country (or non-state) root of the role that holds on a date. */
    String rootOn(LocalDate date) {
        ActorRole best = roles.get(0);
        for (ActorRole r : roles) {
            if (r.holdsOn(date)) {
                return r.actor().country();
            }
            if (r.from() != null && !r.from().isAfter(date)) {
                best = r;
            }
        }
        return best.actor().country();
    }

    /** Whether any role has an agent part (a government, a ministry) rather than a bare country. */
    boolean hasSector() {
        return roles.stream().anyMatch(r -> !r.actor().sector().isEmpty());
    }
}
