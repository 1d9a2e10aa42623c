package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
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
     * Reads a table: tab-separated {@code code, name, goldstein, quad_class, plover_type, plover_mode}, a header
     * line first, {@code #} comments and blank lines ignored.
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
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected 6 tab-separated fields, got " + f.length);
            }
            try {
                CameoCode code = new CameoCode(f[0].trim(), f[1].trim(), Double.parseDouble(f[2].trim()),
                        Integer.parseInt(f[3].trim()), f[4].trim(), f[5].trim());
                if (codes.put(code.code(), code) != null) {
                    throw new IllegalArgumentException("duplicate code " + code.code());
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new CameoTable(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(Objects.requireNonNull(code, "code")));
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
