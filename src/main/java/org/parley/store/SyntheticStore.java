package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.parley.events.CameoTable;
import org.parley.model.CameoCode;

/**
 * Fills a new event store with synthetic events, for benchmarks and tests. Deterministic: the same count and seed
 * give the same rows. All rows are made by DuckDB itself ({@code INSERT ... SELECT} over {@code range()}, with every
 * choice taken from {@code hash(i, seed, salt)}), so a million events take seconds.
 *
 * <p>The spread: four events per article, one per sentence; 40 countries with skewed popularity (a few dominate)
 * and a sector suffix on about half the actors; CAMEO codes from the built-in table, skewed toward the low,
 * cooperative roots as in real news; event starts over 2015-2024, denser toward the end, 3% undated, a sixth with
 * month granularity; statuses mostly {@code OCCURRED}.
 */
public final class SyntheticStore {
    static final List<String> COUNTRIES = List.of("USA", "CHN", "RUS", "KOR", "PRK", "JPN", "GBR", "FRA", "DEU",
            "IND", "PAK", "IRN", "ISR", "PSE", "SYR", "IRQ", "UKR", "TUR", "SAU", "EGY", "AFG", "BRA", "MEX", "CAN",
            "AUS", "IDN", "PHL", "VNM", "TWN", "NGA", "ZAF", "KEN", "ETH", "SDN", "LBY", "YEM", "VEN", "COL", "POL",
            "ITA");
    private static final List<String> SECTORS = List.of("GOV", "MIL", "BUS", "MED", "OPP", "REB", "COP", "LEG");
    static final int EVENTS_PER_ARTICLE = 4;

    private SyntheticStore() {
    }

    /**
     * Creates a store at {@code db} with {@code events} synthetic events.
     *
     * @throws IllegalArgumentException if the file exists or the count is below 1
     */
    public static StoreSummary generate(Path db, long events, long seed) {
        if (events < 1) {
            throw new IllegalArgumentException("--events must be at least 1, got " + events);
        }
        if (Files.exists(db)) {
            throw new IllegalArgumentException(db + " exists; generate into a new file");
        }
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("generate --events " + events + " --seed " + seed);
            try {
                fill(store.connection(), run, events, seed);
            } catch (SQLException e) {
                throw new StoreException("cannot generate events in " + db + ": " + e.getMessage(), e);
            }
            store.finishRun(run, (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE, 0, events);
            return store.summary();
        }
    }

    private static void fill(Connection c, long run, long n, long seed) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE g_codes (idx INTEGER, code VARCHAR, name VARCHAR, goldstein DOUBLE,"
                    + " quad INTEGER, ptype VARCHAR, pmode VARCHAR)");
            s.execute("CREATE TEMP TABLE g_countries (idx INTEGER, code VARCHAR)");
            s.execute("CREATE TEMP TABLE g_sectors (idx INTEGER, code VARCHAR)");
        }
        List<CameoCode> codes = CameoTable.builtIn().all().values().stream()
                .filter(k -> k.code().length() >= 3).sorted((a, b) -> a.code().compareTo(b.code())).toList();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO g_codes VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < codes.size(); i++) {
                CameoCode k = codes.get(i);
                p.setInt(1, i);
                p.setString(2, k.code());
                p.setString(3, k.name());
                p.setDouble(4, k.goldstein());
                p.setInt(5, k.quadClass());
                p.setString(6, k.ploverType());
                p.setString(7, k.ploverMode());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO g_countries VALUES (?, ?)")) {
            for (int i = 0; i < COUNTRIES.size(); i++) {
                p.setInt(1, i);
                p.setString(2, COUNTRIES.get(i));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO g_sectors VALUES (?, ?)")) {
            p.setInt(1, 0);
            p.setString(2, "");
            p.addBatch();
            for (int i = 0; i < SECTORS.size(); i++) {
                p.setInt(1, i + 1);
                p.setString(2, SECTORS.get(i));
                p.addBatch();
            }
            p.executeBatch();
        }
        int countries = COUNTRIES.size();
        int sectors = SECTORS.size();
        // u(k): a uniform number in [0, 1) from the row, the seed and a salt k.
        String u = "((hash(i, %d, %d) %% 1000003)::DOUBLE / 1000003.0)";
        String draws = """
                CREATE TEMP TABLE g_rows AS
                SELECT i,
                  'syn' || lpad((i // %d)::VARCHAR, 9, '0') AS article_id,
                  (i %% %d)::INTEGER + 1 AS sentence_index,
                  (i %% %d)::INTEGER AS event_ordinal,
                  floor(%d * pow(U1, 2.2))::INTEGER AS src_country,
                  floor(%d * pow(U2, 2.2))::INTEGER AS tgt_draw,
                  CASE WHEN U3 < 0.5 THEN 0 ELSE 1 + floor(%d * U4)::INTEGER END AS src_sector,
                  CASE WHEN U5 < 0.5 THEN 0 ELSE 1 + floor(%d * U6)::INTEGER END AS tgt_sector,
                  floor(%d * pow(U7, 1.6))::INTEGER AS code_idx,
                  CASE WHEN U8 < 0.03 THEN NULL
                       ELSE DATE '2015-01-01' + floor(3652 * sqrt(U9))::INTEGER END AS day,
                  U10 < 0.17 AS monthly,
                  U11 AS status_draw,
                  floor(4 * U12)::INTEGER AS lag
                FROM range(%d) t(i)""";
        for (int k = 12; k >= 1; k--) {
            draws = draws.replace("U" + k, String.format(u, seed, k).replace("%", "%%"));
        }
        draws = String.format(draws, EVENTS_PER_ARTICLE, EVENTS_PER_ARTICLE, EVENTS_PER_ARTICLE, countries,
                countries, sectors, sectors, codes.size(), n);
        try (Statement s = c.createStatement()) {
            s.execute(draws);
            s.execute("""
                    CREATE TEMP TABLE g_events AS
                    SELECT r.*, sc.code || ss.code AS src_code, sc.code AS src_cc, ss.code AS src_sc,
                           tc.code || ts.code AS tgt_code, tc.code AS tgt_cc, ts.code AS tgt_sc,
                           k.code, k.name, k.goldstein, k.quad, k.ptype, k.pmode,
                           CASE WHEN r.day IS NULL THEN NULL WHEN r.monthly THEN date_trunc('month', r.day)::DATE
                                ELSE r.day END AS d_start,
                           CASE WHEN r.day IS NULL THEN NULL
                                WHEN r.monthly THEN last_day(r.day) ELSE r.day END AS d_end
                    FROM g_rows r
                    JOIN g_countries sc ON sc.idx = r.src_country
                    JOIN g_countries tc ON tc.idx = CASE WHEN r.tgt_draw = r.src_country
                                                         THEN (r.tgt_draw + 1) % 40 ELSE r.tgt_draw END
                    JOIN g_sectors ss ON ss.idx = r.src_sector
                    JOIN g_sectors ts ON ts.idx = r.tgt_sector
                    JOIN g_codes k ON k.idx = r.code_idx""".replace("% 40", "% " + countries));
            s.execute("""
                    INSERT INTO events SELECT
                      article_id || ':' || sentence_index || ':' || event_ordinal, article_id, sentence_index,
                      event_ordinal,
                      src_code, src_cc, src_sc, src_code, 0, length(src_code), 'synthetic', '',
                      tgt_code, tgt_cc, tgt_sc, tgt_code, length(src_code) + 14, length(src_code) + 14 + length(tgt_code),
                      'synthetic', '',
                      code, substr(code, 1, 2), name, quad, goldstein, coalesce(ptype, ''), coalesce(pmode, ''),
                      CASE WHEN d_start IS NULL THEN '' WHEN monthly THEN strftime(d_start, '%Y-%m')
                           ELSE strftime(d_start, '%Y-%m-%d') END,
                      d_start, d_end,
                      CASE WHEN d_start IS NULL THEN 'UNKNOWN' WHEN monthly THEN 'MONTH' ELSE 'DAY' END,
                      '', CASE WHEN d_start IS NULL THEN 'INFERRED' ELSE 'TEXT' END, '', NULL, NULL,
                      CASE WHEN status_draw < 0.70 THEN 'OCCURRED' WHEN status_draw < 0.75 THEN 'ONGOING'
                           WHEN status_draw < 0.83 THEN 'PLANNED' WHEN status_draw < 0.89 THEN 'EXPECTED'
                           WHEN status_draw < 0.93 THEN 'POSSIBLE' WHEN status_draw < 0.95 THEN 'HYPOTHETICAL'
                           ELSE 'NEGATED' END,
                      '', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
                      'acted', length(src_code) + 1, length(src_code) + 6, 'synthetic', 'synthetic', 'synthetic',
                      coalesce(d_end, DATE '2020-01-01') + lag, NULL
                    FROM g_events""");
            s.execute("""
                    INSERT INTO sentences SELECT article_id, sentence_index,
                      src_code || ' acted toward ' || tgt_code || '.', sentence_index * 100,
                      sentence_index * 100 + length(src_code) + 14 + length(tgt_code) + 1
                    FROM g_events""");
            s.execute(String.format("""
                    INSERT INTO articles SELECT article_id, %d, max(coalesce(d_end, DATE '2020-01-01') + lag),
                      'Synthetic article ' || article_id, 'synthetic', 'https://example.org/' || article_id,
                      'generate:' || article_id, count(*) + 1, count(*), now()::TIMESTAMP
                    FROM g_events GROUP BY article_id""", run));
            s.execute("INSERT INTO sentences SELECT article_id, 0, title, 0, length(title) FROM articles"
                    + " WHERE origin LIKE 'generate:%'");
            for (String t : List.of("g_events", "g_rows", "g_codes", "g_countries", "g_sectors")) {
                s.execute("DROP TABLE " + t);
            }
        }
    }
}
