package org.parley.time;

import java.util.Objects;
import java.util.Set;

/**
 * The CAMEO codes whose event is an act of speech: making a statement (01), appealing (02), expressing intent (03),
 * demanding (10), disapproving (11), rejecting (12) and threatening (13). Such an event happens when it is said, so
 * the time of what it is about ("pledged to hold talks next month") is not its time.
 */
final class VerbalActs {
    private static final Set<String> ROOTS = Set.of("01", "02", "03", "10", "11", "12", "13");

    private VerbalActs() {
    }

    /** True when {@code code} (a CAMEO code of two or more digits) names an act of speech. */
    static boolean isVerbalAct(String code) {
        Objects.requireNonNull(code, "code");
        return code.length() >= 2 && ROOTS.contains(code.substring(0, 2));
    }
}
