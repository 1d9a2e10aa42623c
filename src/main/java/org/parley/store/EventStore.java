package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.StoredEvent;
import org.parley.pipeline.CodedArticle;
import org.parley.pipeline.Versions;

/**
 * Coded articles and their events in an embedded DuckDB database (see {@link Schema} for the tables).
 *
 * <p>Writing: {@link #startRun}, then {@link #store} per article (one transaction each: an article is stored with
 * all its sentences and events, or not at all), {@link #recordError} for inputs that never became articles, and
 * {@link #finishRun}. Articles are keyed by id, so storing the same article again stores nothing and answers
 * {@link StoreResult.Duplicate}.
 *
 * <p>Threads: an {@code EventStore} holds one JDBC connection and is <em>not</em> thread-safe. Use it from one
 * thread (the writer); to parallelise a pipeline, code articles on many threads and hand the results to that one.
 *
 * <p>Processes and handles: DuckDB lets one process at a time open a file for writing; another process gets an
 * error naming the lock holder. Within one process, the DuckDB JDBC driver shares one database instance between
 * connections to the same file, so opening the same file twice gives two working stores that see each other's
 * committed writes (each store still needs its own single thread). Closing one does not close the other.
 * {@link #inMemory()} stores are private to their handle.
 *
 * <p>Speed: every article is its own transaction, and on a file each commit syncs DuckDB's write-ahead log
 * (about 3 ms here). Measured roughly on two shared cores with articles of 25 sentences and 5 events: about 120
 * articles (600 events) per second into a file, 230 (1,150) in memory, steady up to 60,000 events. Rows go through
 * DuckDB appenders, which measured about three times faster than batched prepared statements.
 *
 * <p>Errors: database failures throw {@link StoreException}; a failure of one article is not thrown but returned
 * as {@link StoreResult.Failed} and recorded in {@code ingest_errors}.
 */
public final class EventStore implements AutoCloseable {
    private static final String EXISTS = "SELECT 1 FROM articles WHERE article_id = ?";

    private final DuckDBConnection connection;
    private final String where;
    private final WriteHook hook;
    private final Clock clock = Clock.systemUTC();
    private ClusterPolicy policy = ClusterPolicy.defaults();
    private final Set<Long> knownRuns = new HashSet<>();
    private final PreparedStatement exists;
    private final PreparedStatement insertArticle;
    private boolean closed;

    private EventStore(DuckDBConnection connection, String where, WriteHook hook) throws SQLException {
        this.connection = connection;
        this.where = where;
        this.hook = hook;
        Schema.ensure(connection, where);
        this.exists = connection.prepareStatement(EXISTS);
        this.insertArticle = connection.prepareStatement(ArticleRows.INSERT_ARTICLE);
    }

    /**
     * Opens the store in a DuckDB file, creating the file (and its parent directories) and the schema if absent.
     *
     * @throws StoreException if the file cannot be opened (e.g. another process holds it) or has a schema this
     *                        code cannot use
     */
    public static EventStore open(Path db) {
        return open(db, WriteHook.NONE);
    }

    /**
     * Opens the store with a cluster policy other than the default for the articles this handle stores. Clusters
     * are built incrementally: articles stored before keep the clusters they were given.
     */
    public static EventStore open(Path db, ClusterPolicy policy) {
        EventStore store = open(db);
        store.policy = Objects.requireNonNull(policy, "policy");
        return store;
    }

    /** The cluster policy new articles are stored with. */
    public ClusterPolicy clusterPolicy() {
        return policy;
    }

    /** A store in memory, private to the returned handle and gone when it closes. */
    public static EventStore inMemory() {
        return inMemory(WriteHook.NONE);
    }

    static EventStore open(Path db, WriteHook hook) {
        Path file = db.toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of event store " + file + ": " + e.getMessage(), e);
        }
        return connect("jdbc:duckdb:" + file, "event store " + file, hook);
    }

    static EventStore inMemory(WriteHook hook) {
        return connect("jdbc:duckdb:", "in-memory event store", hook);
    }

    private static EventStore connect(String url, String where, WriteHook hook) {
        DuckDBConnection connection;
        try {
            connection = DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + where + ": " + e.getMessage(), e);
        }
        try {
            return new EventStore(connection, where, hook);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records the start of a run, with this code's and dictionaries' versions.
     *
     * @param command what is running, e.g. the command line
     * @return the new run's id, for {@link #store}, {@link #recordError} and {@link #finishRun}
     */
    public long startRun(String command) {
        Objects.requireNonNull(command, "command");
        ensureOpen();
        String sql = "INSERT INTO runs (run_id, started_at, command, code_version, dictionary_version)"
                + " VALUES (nextval('run_ids'), ?, ?, ?, ?) RETURNING run_id";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setObject(1, now());
            p.setString(2, command);
            p.setString(3, Versions.CODE);
            p.setString(4, Versions.DICTIONARIES);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                knownRuns.add(id);
                return id;
            }
        } catch (SQLException e) {
            throw failure("start a run", e);
        }
    }

    /**
     * Stores an article with its sentences and events in one transaction. Nothing of the article is stored unless
     * all of it is; a failure is recorded in {@code ingest_errors} under the article's origin.
     *
     * @param runId the run storing it, from {@link #startRun}
     * @return {@link StoreResult.Stored} with its event count, {@link StoreResult.Duplicate} if an article with its
     *         id is already stored (nothing is written), or {@link StoreResult.Failed}
     * @throws IllegalArgumentException if the run does not exist
     * @throws StoreException           if the database fails so that even the error cannot be recorded
     */
    public StoreResult store(long runId, CodedArticle coded) {
        Objects.requireNonNull(coded, "coded");
        ensureOpen();
        requireRun(runId);
        Article article = coded.document().article();
        String problem = ArticleRows.problem(coded);
        if (problem != null) {
            return failed(runId, article, problem);
        }
        String step = "checking for a stored copy";
        String failure;
        try {
            connection.setAutoCommit(false);
            // JDBC begins the transaction lazily, at the first statement; this query must come before the
            // appenders, which would otherwise write outside the transaction.
            exists.setString(1, article.id());
            try (ResultSet r = exists.executeQuery()) {
                if (r.next()) {
                    connection.rollback();
                    return new StoreResult.Duplicate();
                }
            }
            step = "inserting the article";
            ArticleRows.bindArticle(insertArticle, runId, coded, now());
            insertArticle.executeUpdate();
            hook.after(WriteHook.Step.ARTICLE);
            step = "inserting sentences";
            try (DuckDBAppender a = appender("sentences")) {
                ArticleRows.appendSentences(a, coded);
                a.flush(); // close() would swallow a constraint error: flush first
            }
            hook.after(WriteHook.Step.SENTENCES);
            step = "assigning clusters";
            List<Event> events = coded.events();
            long[] clusterIds = new long[events.size()];
            Clusters clusters = Clusters.assign(connection, policy, events, clusterIds);
            step = "inserting events";
            try (DuckDBAppender a = appender("events")) {
                for (int i = 0; i < events.size(); i++) {
                    EventRows.append(a, events.get(i), i, article.date(), clusterIds[i]);
                }
                a.flush();
            }
            hook.after(WriteHook.Step.EVENTS);
            step = "updating clusters";
            clusters.update();
            step = "committing";
            connection.commit();
            return new StoreResult.Stored(coded.events().size());
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            failure = step + ": " + message(e);
        } finally {
            autoCommit();
        }
        return failed(runId, article, failure);
    }

    /** Records an input that could not be read or stored, e.g. a malformed line. */
    public void recordError(long runId, String origin, String reason) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        ensureOpen();
        requireRun(runId);
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ingest_errors VALUES (?, ?, ?, ?)")) {
            p.setLong(1, runId);
            p.setString(2, origin);
            p.setString(3, reason);
            p.setObject(4, now());
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure("record an ingest error", e);
        }
    }

    /**
     * Records the end of a run and its counts. Calling it again overwrites them.
     *
     * @throws IllegalArgumentException if a count is negative or the run does not exist
     */
    public void finishRun(long runId, long articlesOk, long articlesFailed, long events) {
        if (articlesOk < 0 || articlesFailed < 0 || events < 0) {
            throw new IllegalArgumentException("run counts must be >= 0, got ok=" + articlesOk + " failed="
                    + articlesFailed + " events=" + events);
        }
        ensureOpen();
        String sql = "UPDATE runs SET finished_at = ?, articles_ok = ?, articles_failed = ?, events = ?"
                + " WHERE run_id = ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setObject(1, now());
            p.setLong(2, articlesOk);
            p.setLong(3, articlesFailed);
            p.setLong(4, events);
            p.setLong(5, runId);
            if (p.executeUpdate() == 0) {
                throw new IllegalArgumentException("no run " + runId + " in " + where);
            }
        } catch (SQLException e) {
            throw failure("finish run " + runId, e);
        }
    }

    /** Whether an article with this id is stored. */
    public boolean contains(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        ensureOpen();
        try {
            exists.setString(1, articleId);
            try (ResultSet r = exists.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw failure("look up article " + articleId, e);
        }
    }

    /**
     * The events matching a query, ordered by event date start (unbounded starts last), then article, sentence and
     * position in the article.
     */
    public List<Event> events(EventQuery query) {
        Objects.requireNonNull(query, "query");
        ensureOpen();
        EventSql sql = EventSql.of(query);
        try (PreparedStatement p = connection.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.params().size(); i++) {
                p.setObject(i + 1, sql.params().get(i));
            }
            List<Event> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(EventRows.read(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("query events", e);
        }
    }

    /**
     * The events matching a query, in the order of {@link #events}, each with its stored id and its article's date,
     * source, address and time of storing (for exports).
     */
    public List<StoredEvent> storedEvents(EventQuery query) {
        Objects.requireNonNull(query, "query");
        ensureOpen();
        EventSql sql = EventSql.of(query);
        String articleSql = "SELECT source, url, ingested_at FROM articles WHERE article_id = ?";
        String clusterSql = "SELECT event_id, cluster_id FROM events WHERE article_id = ?";
        try (PreparedStatement p = connection.prepareStatement(sql.text());
             PreparedStatement articles = connection.prepareStatement(articleSql);
             PreparedStatement clusters = connection.prepareStatement(clusterSql)) {
            for (int i = 0; i < sql.params().size(); i++) {
                p.setObject(i + 1, sql.params().get(i));
            }
            Map<String, String[]> known = new HashMap<>();
            Map<String, LocalDateTime> stored = new HashMap<>();
            Map<String, String> clusterOf = new HashMap<>();
            List<StoredEvent> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    LocalDate articleDate = r.getObject(EventRows.COLUMNS.size(), LocalDate.class);
                    Event e = EventRows.read(r);
                    String[] article = known.get(e.articleId());
                    if (article == null) {
                        articles.setString(1, e.articleId());
                        try (ResultSet a = articles.executeQuery()) {
                            a.next();
                            article = new String[] {a.getString(1), a.getString(2)};
                            stored.put(e.articleId(), a.getObject(3, LocalDateTime.class));
                        }
                        known.put(e.articleId(), article);
                        clusters.setString(1, e.articleId());
                        try (ResultSet c = clusters.executeQuery()) {
                            while (c.next()) {
                                long cluster = c.getLong(2);
                                clusterOf.put(c.getString(1), c.wasNull() ? c.getString(1) : "cluster:" + cluster);
                            }
                        }
                    }
                    out.add(new StoredEvent(id, e, articleDate, article[0], article[1], stored.get(e.articleId()),
                            clusterOf.getOrDefault(id, id)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("query events", e);
        }
    }

    /**
     * The event clusters (see {@link ClusterPolicy}) matching a query, ordered by cluster date start (unbounded
     * starts last), then cluster id. Filters apply to the cluster row: actor and dyad to its actor codes, dates to
     * its interval (the union of its mentions'), the code prefix to its code, a status to its status class (any
     * planned-class status selects planned clusters), an article id to clusters with a mention from that article.
     */
    public List<EventCluster> clusters(EventQuery query) {
        Objects.requireNonNull(query, "query");
        ensureOpen();
        List<Object> params = new ArrayList<>();
        String sql = ClusterRows.select(query, params);
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            List<EventCluster> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(ClusterRows.read(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("query clusters", e);
        }
    }

    /** The latest article date in the store, or null when it holds no article. */
    public LocalDate latestArticleDate() {
        ensureOpen();
        try (PreparedStatement p = connection.prepareStatement("SELECT max(article_date) FROM articles");
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getObject(1, LocalDate.class);
        } catch (SQLException e) {
            throw failure("read the latest article date", e);
        }
    }

    /**
     * Events per week or month of their start date, for the events matching the query's filters; its
     * {@code from}/{@code to} bound the start date. Events without a start date are counted apart.
     */
    public Timeline timeline(EventQuery query, Timeline.Period by) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(by, "by");
        ensureOpen();
        try {
            return EventStats.timeline(connection, query, by);
        } catch (SQLException e) {
            throw failure("compute a timeline", e);
        }
    }

    /**
     * The {@code top} most active actor codes (as source or target) among the events matching the query, with their
     * three most frequent partners; ties go to the alphabetically first code.
     */
    public List<ActorActivity> topActors(EventQuery query, int top) {
        Objects.requireNonNull(query, "query");
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, got " + top);
        }
        ensureOpen();
        try {
            return EventStats.topActors(connection, query, top);
        } catch (SQLException e) {
            throw failure("rank actors", e);
        }
    }

    /** How many articles, events, ingest errors and runs the store holds. */
    public StoreSummary summary() {
        ensureOpen();
        String sql = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                + " (SELECT count(*) FROM ingest_errors), (SELECT count(*) FROM runs)";
        try (PreparedStatement p = connection.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return new StoreSummary(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        } catch (SQLException e) {
            throw failure("count rows", e);
        }
    }

    /** The most recent ingest errors, newest first. */
    public List<IngestErrorRow> errors(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        ensureOpen();
        String sql = "SELECT run_id, origin, reason, recorded_at FROM ingest_errors"
                + " ORDER BY recorded_at DESC, rowid DESC LIMIT ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, limit);
            List<IngestErrorRow> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new IngestErrorRow(r.getLong(1), r.getString(2), r.getString(3), instant(r, 4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read ingest errors", e);
        }
    }

    /** All runs, oldest first. */
    public List<RunRow> runs() {
        ensureOpen();
        String sql = "SELECT run_id, started_at, finished_at, command, code_version, dictionary_version,"
                + " articles_ok, articles_failed, events FROM runs ORDER BY run_id";
        try (PreparedStatement p = connection.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            List<RunRow> out = new ArrayList<>();
            while (r.next()) {
                out.add(new RunRow(r.getLong(1), instant(r, 2), instant(r, 3), r.getString(4), r.getString(5),
                        r.getString(6), r.getObject(7, Long.class), r.getObject(8, Long.class),
                        r.getObject(9, Long.class)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read runs", e);
        }
    }

    /** The open connection, for the store package's own bulk and analytic work. */
    DuckDBConnection connection() {
        ensureOpen();
        return connection;
    }

    /** Closes the connection; later calls throw {@link IllegalStateException}. Closing twice is harmless. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            exists.close();
            insertArticle.close();
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    @Override
    public String toString() {
        return where;
    }

    private StoreResult failed(long runId, Article article, String reason) {
        String full = "article " + article.id() + " not stored: " + reason;
        recordError(runId, article.origin(), full);
        return new StoreResult.Failed(full);
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            StoreException broken = new StoreException("rollback failed in " + where + " after: " + message(cause), e);
            broken.addSuppressed(cause);
            throw broken;
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("end a transaction", e);
        }
    }

    private DuckDBAppender appender(String table) throws SQLException {
        return connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    private void requireRun(long runId) {
        if (knownRuns.contains(runId)) {
            return;
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM runs WHERE run_id = ?")) {
            p.setLong(1, runId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("no run " + runId + " in " + where + "; call startRun first");
                }
            }
            knownRuns.add(runId);
        } catch (SQLException e) {
            throw failure("look up run " + runId, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(where + " is closed");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        LocalDateTime t = r.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
