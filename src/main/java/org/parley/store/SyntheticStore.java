package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.parley.events.CameoTable;
import org.parley.model.CameoCode;
import org.parley.model.Status;

/**
 * Fills a new event store with synthetic events, for benchmarks and tests. Deterministic: the same count and seed
 * give the same rows. All rows are made by DuckDB itself ({@code INSERT ... SELECT} over {@code range()}, with every
 * choice taken from {@code hash(i, seed, salt)}), so a million events take seconds.
 *
 * <p>The spread: four events per article, one per sentence; 40 countries with skewed popularity (a few dominate)
 * and a sector suffix on about half the actors; CAMEO codes from the built-in table, skewed toward the low,
 * cooperative roots as in real news; event starts over 2015-2024, denser toward the end, 3% undated, a sixth with
 * month granularity; statuses mostly {@code OCCURRED}.
 *
 * <p>Every event gets a cluster, made in the same pass by {@link ClusterPolicy}'s rules (default policy): see
 * {@link #assignClusters} and {@code docs/FORMATS.md}, "Clusters".
 */
public final class SyntheticStore {
    static final List<String> COUNTRIES = List.of("USA", "CHN", "RUS", "KOR", "PRK", "JPN", "GBR", "FRA", "DEU",
            "IND", "PAK", "IRN", "ISR", "PSE", "SYR", "IRQ", "UKR", "TUR", "SAU", "EGY", "AFG", "BRA", "MEX", "CAN",
            "AUS", "IDN", "PHL", "VNM", "TWN", "NGA", "ZAF", "KEN", "ETH", "SDN", "LBY", "YEM", "VEN", "COL", "POL",
            "ITA");
    private static final List<String> SECTORS = List.of("GOV", "MIL", "BUS", "MED", "OPP", "REB", "COP", "LEG");
    static final int EVENTS_PER_ARTICLE = 4;
    private static final List<String> STATUS_CLASSES = List.of(ClusterPolicy.OCCURRED, ClusterPolicy.PLANNED,
            ClusterPolicy.NEGATED);

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
                fill(store.connection(), run, events, seed, ClusterPolicy.defaults());
            } catch (SQLException e) {
                throw new StoreException("cannot generate events in " + db + ": " + e.getMessage(), e);
            }
            store.finishRun(run, (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE, 0, events);
            return store.summary();
        }
    }

    private static void fill(Connection c, long run, long n, long seed, ClusterPolicy policy) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE g_codes (idx INTEGER, code VARCHAR, name VARCHAR, goldstein DOUBLE,"
                    + " quad INTEGER, ptype VARCHAR, pmode VARCHAR, root_no INTEGER, sym BOOLEAN)");
            s.execute("CREATE TEMP TABLE g_countries (idx INTEGER, code VARCHAR, rank INTEGER)");
            s.execute("CREATE TEMP TABLE g_sectors (idx INTEGER, code VARCHAR, rank INTEGER)");
        }
        List<CameoCode> codes = CameoTable.builtIn().all().values().stream()
                .filter(k -> k.code().length() >= 3).sorted((a, b) -> a.code().compareTo(b.code())).toList();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO g_codes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < codes.size(); i++) {
                CameoCode k = codes.get(i);
                p.setInt(1, i);
                p.setString(2, k.code());
                p.setString(3, k.name());
                p.setDouble(4, k.goldstein());
                p.setInt(5, k.quadClass());
                p.setString(6, k.ploverType());
                p.setString(7, k.ploverMode());
                p.setInt(8, Integer.parseInt(k.root()));
                p.setBoolean(9, policy.symmetric(k.code()));
                p.addBatch();
            }
            p.executeBatch();
        }
        insertRanked(c, "g_countries", COUNTRIES);
        List<String> sectorsAndNone = new ArrayList<>();
        sectorsAndNone.add("");
        sectorsAndNone.addAll(SECTORS);
        insertRanked(c, "g_sectors", sectorsAndNone);
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
                                WHEN r.monthly THEN last_day(r.day) ELSE r.day END AS d_end,
                           CASE WHEN r.status_draw < 0.70 THEN 'OCCURRED' WHEN r.status_draw < 0.75 THEN 'ONGOING'
                                WHEN r.status_draw < 0.83 THEN 'PLANNED' WHEN r.status_draw < 0.89 THEN 'EXPECTED'
                                WHEN r.status_draw < 0.93 THEN 'POSSIBLE' WHEN r.status_draw < 0.95 THEN 'HYPOTHETICAL'
                                ELSE 'NEGATED' END AS status,
                           sc.rank * ACTOR_SECTORS + ss.rank AS src_no, tc.rank * ACTOR_SECTORS + ts.rank AS tgt_no,
                           k.root_no, k.sym
                    FROM g_rows r
                    JOIN g_countries sc ON sc.idx = r.src_country
                    JOIN g_countries tc ON tc.idx = CASE WHEN r.tgt_draw = r.src_country
                                                         THEN (r.tgt_draw + 1) % 40 ELSE r.tgt_draw END
                    JOIN g_sectors ss ON ss.idx = r.src_sector
                    JOIN g_sectors ts ON ts.idx = r.tgt_sector
                    JOIN g_codes k ON k.idx = r.code_idx""".replace("% 40", "% " + countries)
                    .replace("ACTOR_SECTORS", String.valueOf(sectors + 1)));
            s.execute("""
                    CREATE TEMP TABLE g_dates AS
                    SELECT article_id, max(coalesce(d_end, DATE '2020-01-01') + lag) AS article_date
                    FROM g_events GROUP BY article_id""");
            assignClusters(s, policy, countries * (sectors + 1));
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
                      status,
                      '', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
                      'acted', length(src_code) + 1, length(src_code) + 6, 'synthetic', 'synthetic', 'synthetic',
                      article_date, cluster_id
                    FROM g_events JOIN g_dates USING (article_id) JOIN g_clusters USING (i)""");
            s.execute("""
                    INSERT INTO sentences SELECT article_id, sentence_index,
                      src_code || ' acted toward ' || tgt_code || '.', sentence_index * 100,
                      sentence_index * 100 + length(src_code) + 14 + length(tgt_code) + 1
                    FROM g_events""");
            s.execute(String.format("""
                    INSERT INTO articles SELECT article_id, %d, article_date,
                      'Synthetic article ' || article_id, 'synthetic', 'https://example.org/' || article_id,
                      'generate:' || article_id, count(*) + 1, count(*), now()::TIMESTAMP
                    FROM g_events JOIN g_dates USING (article_id) GROUP BY article_id, article_date""", run));
            s.execute("INSERT INTO sentences SELECT article_id, 0, title, 0, length(title) FROM articles"
                    + " WHERE origin LIKE 'generate:%'");
            insertClusters(s, policy);
            for (String t : List.of("g_clusters", "g_dates", "g_events", "g_rows", "g_codes", "g_countries",
                    "g_sectors")) {
                s.execute("DROP TABLE " + t);
            }
        }
    }

    /** A small table {@code (idx, code, rank)}: the codes in list order, with their rank in alphabetical order. */
    private static void insertRanked(Connection c, String table, List<String> codes) throws SQLException {
        List<String> sorted = codes.stream().sorted().toList();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?)")) {
            for (int i = 0; i < codes.size(); i++) {
                p.setInt(1, i);
                p.setString(2, codes.get(i));
                p.setInt(3, sorted.indexOf(codes.get(i)));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** SQL: the {@link ClusterPolicy#statusClass} of column {@code status}, as a number or as its name. */
    private static String statusClass(String status, boolean asNumber) {
        StringBuilder sql = new StringBuilder("CASE ").append(status);
        for (Status st : Status.values()) {
            String cls = ClusterPolicy.statusClass(st);
            sql.append(" WHEN '").append(st.name()).append("' THEN ")
                    .append(asNumber ? String.valueOf(STATUS_CLASSES.indexOf(cls)) : "'" + cls + "'");
        }
        return sql.append(" END").toString();
    }

    /**
     * Table {@code g_clusters (i, cluster_id, size)}: each generated event's cluster and its number of events, in
     * one pass. The cluster key
     * (actor pair, sorted for a symmetric code; CAMEO root; status class) is packed into one number: actors are
     * numbered in alphabetical order of their codes ({@code src_no}, {@code tgt_no}), so that sorting the numbers
     * sorts the codes as {@link ClusterPolicy#pair} does. Dated events of one key form a cluster per run of
     * overlapping intervals (sorted by start, a new cluster begins where an interval starts more than the policy's
     * slack after every earlier one ends): the connected groups of the policy's date rule. An undated event is a
     * cluster of its own. Ids are 1, 2, ... in order of each cluster's first event, as ingestion numbers them.
     */
    private static void assignClusters(Statement s, ClusterPolicy policy, int actors) throws SQLException {
        s.execute(String.format("""
                CREATE TEMP TABLE g_clusters AS
                WITH keyed AS (
                  SELECT i, d_start, d_end,
                    ((CASE WHEN sym AND src_no > tgt_no THEN tgt_no ELSE src_no END * %d
                      + CASE WHEN sym AND src_no > tgt_no THEN src_no ELSE tgt_no END) * 100 + root_no) * 3
                      + %s AS k
                  FROM g_events),
                breaks AS (
                  SELECT i, k, d_start,
                    CASE WHEN d_start > max(d_end) OVER (PARTITION BY k ORDER BY d_start, i
                                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + %d
                         THEN 1 ELSE 0 END AS new_run
                  FROM keyed WHERE d_start IS NOT NULL),
                runs AS (
                  SELECT i, k, sum(new_run) OVER (PARTITION BY k ORDER BY d_start, i ROWS UNBOUNDED PRECEDING) AS run
                  FROM breaks),
                firsts AS (
                  SELECT i, min(i) OVER (PARTITION BY k, run) AS first, count(*) OVER (PARTITION BY k, run) AS size
                  FROM runs
                  UNION ALL
                  SELECT i, i, 1 FROM keyed WHERE d_start IS NULL)
                SELECT i, dense_rank() OVER (ORDER BY first) AS cluster_id, size FROM firsts""",
                actors, statusClass("status", true), policy.slackDays()));
    }

    /**
     * The {@code clusters} rows, computed from the generated events as {@link Clusters} computes them from stored
     * ones: the key, the most specific code (ties: most frequent, then smallest) and its share, the union of the
     * dates, the counts (one source: every generated article has the publisher {@code synthetic}) and report
     * dates; then each dated planned cluster is linked to the first (lowest id) occurred cluster of its pair and
     * root whose dates meet it.
     */
    private static void insertClusters(Statement s, ClusterPolicy policy) throws SQLException {
        s.execute(String.format("""
                INSERT INTO clusters
                WITH members AS MATERIALIZED (
                  SELECT c.cluster_id, c.size,
                         CASE WHEN e.sym AND e.src_code > e.tgt_code THEN e.tgt_code ELSE e.src_code END AS source_code,
                         CASE WHEN e.sym AND e.src_code > e.tgt_code THEN e.src_code ELSE e.tgt_code END AS target_code,
                         e.code, substr(e.code, 1, 2) AS cameo_root, %s AS status_class, e.d_start, e.d_end,
                         e.i // %d AS article, d.article_date
                  FROM g_clusters c JOIN g_events e USING (i) JOIN g_dates d USING (article_id)),
                codes AS (
                  SELECT cluster_id, code, count(*) AS n FROM members WHERE size > 1 GROUP BY cluster_id, code),
                best AS (
                  SELECT cluster_id, code, n FROM codes
                  QUALIFY row_number() OVER (PARTITION BY cluster_id ORDER BY
                    length(code) - CASE WHEN length(code) > 2 AND ends_with(code, '0') THEN 1 ELSE 0 END DESC,
                    n DESC, code) = 1),
                summed AS (
                  SELECT cluster_id, any_value(source_code) AS source_code, any_value(target_code) AS target_code,
                    any_value(cameo_root) AS cameo_root, any_value(status_class) AS status_class,
                    CASE WHEN bool_or(d_start IS NULL AND d_end IS NOT NULL) THEN NULL ELSE min(d_start) END AS ds,
                    CASE WHEN bool_or(d_end IS NULL AND d_start IS NOT NULL) THEN NULL ELSE max(d_end) END AS de,
                    count(*) FILTER (WHERE d_start IS NOT NULL OR d_end IS NOT NULL) AS dated, count(*) AS mentions,
                    count(DISTINCT article) AS articles, min(article_date) AS first, max(article_date) AS last
                  FROM members WHERE size > 1 GROUP BY cluster_id)
                SELECT cluster_id, source_code, target_code, code, cameo_root, status_class, d_start, d_end,
                  CASE WHEN d_start IS NULL AND d_end IS NULL THEN 0 ELSE 1 END, 1, 1, 1, article_date, article_date,
                  1.0, NULL
                FROM members WHERE size = 1
                UNION ALL
                SELECT m.cluster_id, source_code, target_code, b.code, cameo_root, status_class, ds, de, dated,
                  mentions, 1, articles, first, last, b.n / mentions, NULL
                FROM summed m JOIN best b ON b.cluster_id = m.cluster_id
                ORDER BY 1""", statusClass("e.status", false), EVENTS_PER_ARTICLE));
        int slack = policy.slackDays();
        s.execute(String.format("""
                UPDATE clusters SET fulfilled_by = f.occurred FROM (
                  SELECT p.cluster_id AS planned, min(o.cluster_id) AS occurred
                  FROM clusters p JOIN clusters o ON o.source_code = p.source_code AND o.target_code = p.target_code
                                                 AND o.cameo_root = p.cameo_root
                  WHERE p.status_class = '%s' AND o.status_class = '%s'
                    AND p.dated_mentions > 0 AND o.dated_mentions > 0
                    AND (p.date_end IS NULL OR o.date_start IS NULL OR o.date_start <= p.date_end + %d)
                    AND (o.date_end IS NULL OR p.date_start IS NULL OR p.date_start <= o.date_end + %d)
                  GROUP BY p.cluster_id) f
                WHERE clusters.cluster_id = f.planned""", ClusterPolicy.PLANNED, ClusterPolicy.OCCURRED, slack, slack));
    }
}
