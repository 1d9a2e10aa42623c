package org.parley.actors;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One agent word: a noun or title that signals a CAMEO agent (sector) code.
 *
 * @param term   the word or words, lower-case ({@code foreign minister})
 * @param code   the CAMEO agent code ({@code GOV}); one or more groups of three letters
 * @param kind   how the word names its actor
 * @param prefix whether the code goes before the actor's code rather than after it: PETRARCH's {@code [NGO~]}
 *               ("Syrian human rights body" is {@code NGOSYR}); Parley's own agents always follow
 *               ({@code [~GOV]}, {@code KOR} + {@code GOV})
 * @param regularPlural whether the regular plural of the term is recognised too ({@link AgentTable}); a PETRARCH
 *               entry with an empty plural ({@code POLICE {} [~COP]}) asks for none
 */
public record Agent(String term, String code, AgentKind kind, boolean prefix, boolean regularPlural) {
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");

    public Agent {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("agent code must be upper-case letters in groups of three, got '" + code + "'");
        }
    }

    /** An agent whose code follows the actor's code, as all of Parley's own do. */
    public Agent(String term, String code, AgentKind kind) {
        this(term, code, kind, false, true);
    }

    /** An agent whose regular plural is recognised too. */
    public Agent(String term, String code, AgentKind kind, boolean prefix) {
        this(term, code, kind, prefix, true);
    }

    /**
     * The code of this agent of an actor with the given code: {@code KOR} + {@code GOV}, or {@code NGO} + {@code SYR}.
     * An agent the actor's code already holds adds nothing: human rights activists of Amnesty International
     * ({@code NGM}) are {@code NGM}, not {@code NGMNGM}; the agent's code counts only where it lines up with the
     * actor code's groups of three ({@code WGO} is not inside {@code GMWGOV}). A dictionary's own code outside the
     * groups of three ({@code ITHTV}, kept as written) has its groups counted from both ends: agents added after it
     * line up with its end ({@code ITHTVGOV} holds {@code GOV}).
     */
    public String codeFor(String actorCode) {
        for (int i = 0; i + code.length() <= actorCode.length(); i += 3) {
            if (actorCode.startsWith(code, i)) {
                return actorCode;
            }
        }
        if (actorCode.length() % 3 != 0) {
            for (int end = actorCode.length(); end - code.length() >= 3; end -= 3) {
                if (actorCode.startsWith(code, end - code.length())) {
                    return actorCode;
                }
            }
        }
        return prefix ? code + actorCode : actorCode + code;
    }
}
