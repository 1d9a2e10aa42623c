package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the CAMEO event code table.
 *
 * @param code       the code, 2 to 4 digits ({@code 042}); a code outside CAMEO (QuadClass 0) may end in one letter,
 *                   as dictionaries' own codes do ({@code 174K})
 * @param name       its name ({@code Make a visit})
 * @param goldstein  Goldstein weight, -10 (most conflictual) to +10 (most cooperative); GDELT's table
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 for a
 *                   code outside CAMEO that a user dictionary brought (see {@code CameoTable.withForeignCodes})
 *                   (GDELT's split of root codes: 01-05, 06-08, 09-13, 14-20)
 * @param ploverType PLOVER event type from the CAMEO-to-PLOVER mapping, or empty where none is mapped
 * @param ploverMode PLOVER mode, or empty
 * @param ploverContexts PLOVER contexts the mapping gives the code ({@code military}, {@code legal}), often none
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String ploverType, String ploverMode,
                        List<String> ploverContexts) {
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    /** A code a user dictionary brought: digits, optionally followed by one letter ({@code 174K}, {@code 210a}). */
    public static final Pattern FOREIGN_CODE = Pattern.compile("\\d{2,4}[A-Za-z]?");

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
        ploverContexts = List.copyOf(Objects.requireNonNull(ploverContexts, "ploverContexts"));
        for (String context : ploverContexts) {
            if (context.isBlank()) {
                throw new IllegalArgumentException("PLOVER context of " + code + " must not be blank");
            }
        }
        if (!(quadClass == 0 ? FOREIGN_CODE : CODE).matcher(code).matches()) {
            throw new IllegalArgumentException(quadClass == 0
                    ? "a code outside CAMEO must be 2 to 4 digits and at most one letter, got '" + code + "'"
                    : "CAMEO code must be 2 to 4 digits, got '" + code + "'");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) { // also rejects NaN, which fails every comparison
            throw new IllegalArgumentException("Goldstein weight of " + code + " must be in [-10, 10], got " + goldstein);
        }
        if (quadClass < 0 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass of " + code + " must be 0..4, got " + quadClass);
        }
    }

    /** A code with no PLOVER context. */
    public CameoCode(String code, String name, double goldstein, int quadClass, String ploverType, String ploverMode) {
        this(code, name, goldstein, quadClass, ploverType, ploverMode, List.of());
    }

    /**
     * Whether {@code code} is written as a CAMEO code: 2 to 4 digits, not a dictionary's own code with a letter
     * ({@code 174K}) nor a null code ({@code ---}).
     */
    public static boolean isCameo(String code) {
        return CODE.matcher(code).matches();
    }

    /** The two-digit root code ({@code 04} for {@code 042}). */
    public String root() {
        return code.substring(0, 2);
    }

    /**
     * QuadClass from the root code, as GDELT derives it: 01-05 verbal cooperation, 06-08 material cooperation,
     * 09-13 verbal conflict, 14-20 material conflict.
     */
    public static int quadClassOf(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        if (root <= 13) {
            return 3;
        }
        return 4;
    }
}
