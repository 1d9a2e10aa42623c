package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The DuckDB schema of an event store: all DDL lives here, and only here.
 *
 * <p>Schema version {@value #VERSION}. Tables:
 * <dl>
 *   <dt>{@code schema_info}</dt>
 *   <dd>{@code version INTEGER, created_at TIMESTAMP}: one row, the layout version of the file. A store whose
 *   version is newer than {@link #VERSION} is refused; a version-1 store is migrated on open, and read as it is
 *   when opened read-only.</dd>
 *   <dt>{@code runs}</dt>
 *   <dd>One row per command that wrote to the store: {@code run_id BIGINT} (from sequence {@code run_ids}),
 *   {@code started_at}/{@code finished_at TIMESTAMP} (UTC; {@code finished_at} null while running or if the run
 *   died), {@code command}, {@code code_version}, {@code dictionary_version VARCHAR}, {@code articles_ok},
 *   {@code articles_failed}, {@code events BIGINT} (null until the run finishes).</dd>
 *   <dt>{@code articles}</dt>
 *   <dd>{@code article_id VARCHAR PRIMARY KEY}, {@code run_id} of the run that stored it, {@code article_date DATE},
 *   {@code title}, {@code source}, {@code url}, {@code origin VARCHAR}, {@code sentence_count},
 *   {@code event_count INTEGER}, {@code ingested_at TIMESTAMP} (UTC). The body is not stored; its sentences are.</dd>
 *   <dt>{@code sentences}</dt>
 *   <dd>{@code (article_id, sentence_index) PRIMARY KEY}, {@code text}, {@code start_char}/{@code end_char}: the
 *   sentence's half-open character span in the article's full text (title, blank line, body).</dd>
 *   <dt>{@code events}</dt>
 *   <dd>One row per {@link org.parley.model.Event}, flattened. {@code event_id VARCHAR PRIMARY KEY} is
 *   {@code article_id:sentence_index:event_ordinal}, where {@code event_ordinal} is the event's position in its
 *   article's event list. Participants are {@code source_*}/{@code target_*} ({@code code}, {@code country},
 *   {@code sector}, {@code text}, {@code begin}, {@code end}, {@code rule}, {@code role}); the CAMEO code with
 *   {@code cameo_root}, {@code cameo_name}, {@code quad_class}, {@code goldstein}, {@code plover_type},
 *   {@code plover_mode}; the event date as {@code date_value}, {@code date_start}/{@code date_end DATE} (inclusive,
 *   null when unbounded), {@code date_granularity}, {@code date_modifier}, {@code date_basis}, {@code date_text},
 *   and the span of its words {@code date_begin}/{@code date_end_char} (null when the date has no span);
 *   {@code status}, {@code status_cue}; {@code attribution_*} (all null when nobody is cited);
 *   {@code historical BOOLEAN}; {@code location_*} (all null when no place is given); the evidence
 *   {@code predicate}, {@code predicate_begin}/{@code predicate_end}, {@code rule}, {@code dictionary_version},
 *   {@code code_version}; the article's date {@code article_date DATE} for convenience; and
 *   {@code cluster_id BIGINT}, the event's cluster. Enums
 *   ({@code status}, {@code date_granularity}, {@code date_basis}) are stored as their Java constant names
 *   ({@code OCCURRED}). Strings the model never leaves null are {@code NOT NULL}, and empty strings stay empty.
 *   The evidence's sentence text is not repeated: it is the {@code sentences} row of the event.</dd>
 *   <dt>{@code ingest_errors}</dt>
 *   <dd>{@code run_id BIGINT}, {@code origin VARCHAR} (e.g. {@code news.jsonl:12}), {@code reason VARCHAR},
 *   {@code recorded_at TIMESTAMP} (UTC; not {@code at}, which is reserved in DuckDB's SQL): inputs that could not
 *   be read or stored.</dd>
 *   <dt>{@code clusters}</dt>
 *   <dd>Event clusters (since version 2), see {@link ClusterPolicy} and {@link EventCluster}: {@code cluster_id
 *   BIGINT PRIMARY KEY} (1, 2, ... in order of creation), {@code source_code}, {@code target_code},
 *   {@code cameo_code}, {@code cameo_root}, {@code status_class VARCHAR}, {@code date_start}/{@code date_end DATE}
 *   (union of the dated mentions' intervals, null when open), {@code dated_mentions}, {@code mentions},
 *   {@code sources}, {@code articles INTEGER}, {@code first_report}/{@code last_report DATE},
 *   {@code confidence DOUBLE}, {@code fulfilled_by BIGINT} (planned clusters only, else null).</dd>
 * </dl>
 * There are no foreign keys (DuckDB restricts updates of referenced rows); the store keeps the references
 * consistent itself.
 */
public final class Schema {
    /** Layout version this code writes and reads. Bump it, and add a migration, on any change to the DDL. */
    public static final int VERSION = 2;

    /** Tables this schema owns, in creation order. */
    static final List<String> TABLES = List.of("schema_info", "runs", "articles", "sentences", "events",
            "ingest_errors", "clusters");

    private static final String CLUSTERS_DDL =
            """
            CREATE TABLE clusters (
                cluster_id     BIGINT  PRIMARY KEY,
                source_code    VARCHAR NOT NULL,
                target_code    VARCHAR NOT NULL,
                cameo_code     VARCHAR NOT NULL,
                cameo_root     VARCHAR NOT NULL,
                status_class   VARCHAR NOT NULL,
                date_start     DATE,
                date_end       DATE,
                dated_mentions INTEGER NOT NULL,
                mentions       INTEGER NOT NULL,
                sources        INTEGER NOT NULL,
                articles       INTEGER NOT NULL,
                first_report   DATE    NOT NULL,
                last_report    DATE    NOT NULL,
                confidence     DOUBLE  NOT NULL,
                fulfilled_by   BIGINT
            )""";

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE schema_info (
                version    INTEGER   NOT NULL,
                created_at TIMESTAMP NOT NULL
            )""",
            "CREATE SEQUENCE run_ids START 1",
            """
            CREATE TABLE runs (
                run_id             BIGINT PRIMARY KEY,
                started_at         TIMESTAMP NOT NULL,
                finished_at        TIMESTAMP,
                command            VARCHAR   NOT NULL,
                code_version       VARCHAR   NOT NULL,
                dictionary_version VARCHAR   NOT NULL,
                articles_ok        BIGINT,
                articles_failed    BIGINT,
                events             BIGINT
            )""",
            """
            CREATE TABLE articles (
                article_id     VARCHAR PRIMARY KEY,
                run_id         BIGINT    NOT NULL,
                article_date   DATE      NOT NULL,
                title          VARCHAR   NOT NULL,
                source         VARCHAR   NOT NULL,
                url            VARCHAR   NOT NULL,
                origin         VARCHAR   NOT NULL,
                sentence_count INTEGER   NOT NULL,
                event_count    INTEGER   NOT NULL,
                ingested_at    TIMESTAMP NOT NULL
            )""",
            """
            CREATE TABLE sentences (
                article_id     VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                text           VARCHAR NOT NULL,
                start_char     INTEGER NOT NULL,
                end_char       INTEGER NOT NULL,
                PRIMARY KEY (article_id, sentence_index)
            )""",
            """
            CREATE TABLE events (
                event_id           VARCHAR PRIMARY KEY,
                article_id         VARCHAR NOT NULL,
                sentence_index     INTEGER NOT NULL,
                event_ordinal      INTEGER NOT NULL,
                source_code        VARCHAR NOT NULL,
                source_country     VARCHAR NOT NULL,
                source_sector      VARCHAR NOT NULL,
                source_text        VARCHAR NOT NULL,
                source_begin       INTEGER NOT NULL,
                source_end         INTEGER NOT NULL,
                source_rule        VARCHAR NOT NULL,
                source_role        VARCHAR NOT NULL,
                target_code        VARCHAR NOT NULL,
                target_country     VARCHAR NOT NULL,
                target_sector      VARCHAR NOT NULL,
                target_text        VARCHAR NOT NULL,
                target_begin       INTEGER NOT NULL,
                target_end         INTEGER NOT NULL,
                target_rule        VARCHAR NOT NULL,
                target_role        VARCHAR NOT NULL,
                cameo_code         VARCHAR NOT NULL,
                cameo_root         VARCHAR NOT NULL,
                cameo_name         VARCHAR NOT NULL,
                quad_class         INTEGER NOT NULL,
                goldstein          DOUBLE  NOT NULL,
                plover_type        VARCHAR NOT NULL,
                plover_mode        VARCHAR NOT NULL,
                date_value         VARCHAR NOT NULL,
                date_start         DATE,
                date_end           DATE,
                date_granularity   VARCHAR NOT NULL,
                date_modifier      VARCHAR NOT NULL,
                date_basis         VARCHAR NOT NULL,
                date_text          VARCHAR NOT NULL,
                date_begin         INTEGER,
                date_end_char      INTEGER,
                status             VARCHAR NOT NULL,
                status_cue         VARCHAR NOT NULL,
                attribution_text   VARCHAR,
                attribution_actor  VARCHAR,
                attribution_cue    VARCHAR,
                attribution_begin  INTEGER,
                attribution_end    INTEGER,
                historical         BOOLEAN NOT NULL,
                location_text      VARCHAR,
                location_country   VARCHAR,
                location_begin     INTEGER,
                location_end       INTEGER,
                predicate          VARCHAR NOT NULL,
                predicate_begin    INTEGER NOT NULL,
                predicate_end      INTEGER NOT NULL,
                rule               VARCHAR NOT NULL,
                dictionary_version VARCHAR NOT NULL,
                code_version       VARCHAR NOT NULL,
                article_date       DATE    NOT NULL,
                cluster_id         BIGINT
            )""",
            """
            CREATE TABLE ingest_errors (
                run_id      BIGINT    NOT NULL,
                origin      VARCHAR   NOT NULL,
                reason      VARCHAR   NOT NULL,
                recorded_at TIMESTAMP NOT NULL
            )""",
            CLUSTERS_DDL);

    private Schema() {
    }

    /**
     * Creates the schema in an empty database, or checks the version of an existing one.
     *
     * @param connection an open connection in auto-commit mode
     * @param where      the store's location, for error messages
     * @throws StoreException if the database holds a newer or older schema, or holds some of these tables
     *                        without a {@code schema_info} table
     */
    static void ensure(Connection connection, String where) throws SQLException {
        List<String> present = existingTables(connection);
        if (present.contains("schema_info")) {
            int found = version(connection);
            if (found == 1) {
                migrateFrom1(connection, where);
                return;
            }
            check(found, where);
            return;
        }
        if (!present.isEmpty()) {
            throw new StoreException(where + " has tables " + present + " but no schema_info table: it is not a "
                    + "Parley event store; use another file");
        }
        create(connection);
    }

    /**
     * Checks, without changing anything, that a database is a Parley store that can be read as it is, and returns
     * its version: {@link #VERSION}, or 1, whose tables are this version's less the {@code clusters} table and
     * {@code events.cluster_id} (read-only opening does not migrate).
     *
     * @throws StoreException if it is not a store, or holds another schema version
     */
    static int verifyReadable(Connection connection, String where) throws SQLException {
        if (!existingTables(connection).contains("schema_info")) {
            throw new StoreException(where + " has no schema_info table: it is not a Parley event store");
        }
        int found = version(connection);
        if (found != 1) {
            check(found, where);
        }
        return found;
    }

    private static void check(int found, String where) {
        if (found > VERSION) {
            throw new StoreException(where + " has store schema version " + found + ", newer than the version "
                    + VERSION + " this Parley understands; use a newer Parley to open it");
        }
        if (found < VERSION) {
            throw new StoreException(where + " has store schema version " + found + ", older than " + VERSION
                    + ", and no migration exists from it (only from version 1); re-ingest into a new store");
        }
    }

    /**
     * Version 1 to 2: adds {@code events.cluster_id} and the {@code clusters} table, then clusters the stored events
     * article by article in stored order ({@link Clusters#assignStored}), all in one transaction.
     */
    private static void migrateFrom1(Connection connection, String where) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE events ADD COLUMN cluster_id BIGINT");
            s.execute(CLUSTERS_DDL);
            Clusters.assignStored(connection, ClusterPolicy.defaults());
            s.execute("UPDATE schema_info SET version = " + VERSION);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new StoreException("cannot migrate " + where + " from store schema version 1 to " + VERSION + ": "
                    + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void create(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO schema_info VALUES (?, ?)")) {
                p.setInt(1, VERSION);
                p.setObject(2, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                p.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The version recorded in {@code schema_info}; the highest if several rows somehow exist. */
    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT max(version) FROM schema_info")) {
            r.next();
            int v = r.getInt(1);
            if (r.wasNull()) {
                throw new StoreException("schema_info table is empty: the store's schema version is unknown");
            }
            return v;
        }
    }

    private static List<String> existingTables(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        + "AND table_catalog = current_database() ORDER BY table_name");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String name = r.getString(1);
                if (TABLES.contains(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
