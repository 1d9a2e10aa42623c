package org.parley.actors;

import java.util.Locale;

/** How an agent word names its actor; decides which phrase patterns it takes part in. */
public enum AgentKind {
    /** Head of state or government title ("president", "prime minister", "leader"); "former" makes it ELI. */
    HEAD,
    /** Another office title that can stand before a name ("foreign minister", "spokesperson", "ambassador"). */
    TITLE,
    /** An institution ("foreign ministry", "government", "army", "police"). */
    BODY,
    /** People of a sector who are not named by it ("officials", "troops", "specialist", "protesters"). */
    MEMBER;

    /** Parses the lower-case name used in {@code agents.tsv}. */
    public static AgentKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether a personal name may follow ("Foreign Minister Wang Yi"). */
    public boolean takesName() {
        return this == HEAD || this == TITLE;
    }
}
