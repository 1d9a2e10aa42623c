package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.CameoCode;

/**
 * The CAMEO event code table: every code with its name, Goldstein weight, QuadClass and PLOVER mapping.
 *
 * <p>The built-in table is {@code cameo-codes.tsv} beside this class; its format is documented in
 * {@code docs/DICTIONARIES.md}.
 */
public final class CameoTable {
    static final String RESOURCE = "cameo-codes.tsv";
    private static final String[] COLUMNS = {"code", "name", "goldstein", "quad_class", "plover_type", "plover_mode",
            "plover_context"};

    private static final java.util.regex.Pattern FOREIGN = java.util.regex.Pattern.compile("\\d{2,4}");

    private final Map<String, CameoCode> codes;
    private final boolean foreign;

    private CameoTable(Map<String, CameoCode> codes, boolean foreign) {
        this.codes = Collections.unmodifiableMap(codes);
        this.foreign = foreign;
    }

    /**
     * This table, also answering for numeric codes it does not hold (WEIS codes, a dictionary's own test codes): such
     * a code is kept as written, with QuadClass 0 ("not a CAMEO code"), Goldstein weight 0, no PLOVER type, and a
     * name that says so. For users who bring dictionaries in another code set ({@code --keep-dictionary-codes}).
     */
    public CameoTable withForeignCodes() {
        return new CameoTable(codes, true);
    }

    /** The table that ships with Parley. */
    public static CameoTable builtIn() {
        InputStream in = CameoTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("built-in CAMEO table " + RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table: tab-separated {@code code, name, goldstein, quad_class, plover_type, plover_mode,
     * plover_context} ({@code ;} between several contexts), a header
     * line naming those columns first, {@code #} comments and blank lines ignored.
     *
     * @param in   the table, UTF-8
     * @param name the source name used in error messages ({@code cameo-codes.tsv})
     * @throws IllegalArgumentException for a malformed line, as {@code name:line: problem}
     */
    public static CameoTable read(InputStream in, String name) throws IOException {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                String[] f = line.split("\t", -1);
                if (f.length != COLUMNS.length) {
                    throw new IllegalArgumentException("expected " + COLUMNS.length + " tab-separated fields, got "
                            + f.length);
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                if (header) {
                    header = false;
                    if (!Arrays.equals(f, COLUMNS)) {
                        throw new IllegalArgumentException("expected the header line " + String.join(" ", COLUMNS)
                                + ", got " + String.join(" ", f));
                    }
                    continue;
                }
                if (f[1].isEmpty()) {
                    throw new IllegalArgumentException("empty name for code " + f[0]);
                }
                CameoCode code = new CameoCode(f[0], f[1], number(f[2]), quadClass(f[3]), f[4], f[5], contexts(f[6]));
                if (codes.put(code.code(), code) != null) {
                    throw new IllegalArgumentException("duplicate code " + code.code());
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new CameoTable(codes, false);
    }

    private static List<String> contexts(String field) {
        List<String> contexts = new ArrayList<>();
        for (String context : field.split(";", -1)) {
            if (!context.isBlank()) {
                contexts.add(context.strip());
            } else if (!field.isEmpty()) {
                throw new IllegalArgumentException("empty PLOVER context in '" + field + "'");
            }
        }
        return contexts;
    }

    private static double number(String field) {
        try {
            double value = Double.parseDouble(field);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Goldstein weight must be a number, got '" + field + "'");
    }

    private static int quadClass(String field) {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("QuadClass must be a whole number, got '" + field + "'");
        }
    }

    public Optional<CameoCode> find(String code) {
        CameoCode known = codes.get(Objects.requireNonNull(code, "code"));
        if (known == null && foreign && FOREIGN.matcher(code).matches()) {
            return Optional.of(new CameoCode(code, "Not a CAMEO code (from a user dictionary)", 0, 0, "", ""));
        }
        return Optional.ofNullable(known);
    }

    /** The entry for a code; an unknown code is a programming or dictionary error. */
    public CameoCode get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code '" + code + "'"));
    }

    public Map<String, CameoCode> all() {
        return codes;
    }

    public int size() {
        return codes.size();
    }
}
