package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * An event store opened for reading only, to run the user's own SQL ({@code parley sql}).
 *
 * <p>Three locks, each enough against most writes, together against all the ones we know of:
 * <ol>
 *   <li>DuckDB's parser must read the text as exactly one {@code SELECT} (which includes {@code WITH ... SELECT},
 *   {@code FROM ...}, {@code VALUES}, {@code DESCRIBE}); anything else is refused before it runs. This also keeps
 *   the JDBC driver from running the earlier statements of a multi-statement text while preparing the last.</li>
 *   <li>The database is opened with {@code duckdb.read_only=true}: no statement can change it.</li>
 *   <li>External access is off and the configuration locked: no {@code COPY ... TO}, {@code ATTACH},
 *   {@code read_csv}, {@code INSTALL}, and no {@code SET} to turn them back on.</li>
 * </ol>
 *
 * <p>DuckDB shares one database instance per file within a process; a file that this process already holds open
 * for writing cannot also be opened read-only (DuckDB refuses a second configuration), so close writers first.
 */
public final class ReadOnlyStore implements AutoCloseable {
    /** What a version-1 store lacks, and how to migrate it. */
    public static final String VERSION_1 = "this store has schema version 1, from before clusters, and is read as"
            + " it is: it has no clusters table and no events.cluster_id; 'parley events', 'timeline', 'actors',"
            + " 'export' or 'ingest' on it migrates it to version " + Schema.VERSION + " in place, once";

    private final Connection connection;
    private final String where;
    private final int schemaVersion;

    private ReadOnlyStore(Connection connection, String where, int schemaVersion) {
        this.connection = connection;
        this.where = where;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens an existing store read-only and checks its schema version. A version-1 store (before clusters) is read
     * as it is, not migrated: it has no {@code clusters} table and no {@code events.cluster_id}.
     *
     * @throws StoreException if there is no store at {@code db}, it cannot be opened, or its schema is neither this
     *                        code's nor version 1
     */
    public static ReadOnlyStore open(Path db) {
        Path file = db.toAbsolutePath();
        String where = "event store " + file;
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no " + where);
        }
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("enable_external_access", "false");
        p.setProperty("lock_configuration", "true");
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + file, p);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + where + " read-only: " + e.getMessage(), e);
        }
        try {
            return new ReadOnlyStore(c, where, Schema.verifyReadable(c, where));
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open " + where + " read-only: " + e.getMessage(), e);
        }
    }

    /**
     * Runs one reading query.
     *
     * @param sql     one {@code SELECT} statement
     * @param maxRows the most rows to keep, at least 1; the result says whether more were left
     * @throws IllegalArgumentException if the text is not exactly one {@code SELECT} statement
     * @throws StoreException           if DuckDB refuses or fails the query
     */
    public QueryResult query(String sql, int maxRows) {
        Objects.requireNonNull(sql, "sql");
        if (maxRows < 1) {
            throw new IllegalArgumentException("row limit must be at least 1, got " + maxRows);
        }
        refuseAnythingButOneSelect(sql);
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                columns.add(m.getColumnLabel(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (r.next()) {
                if (rows.size() == maxRows) {
                    truncated = true;
                    break;
                }
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(plain(r.getObject(i)));
                }
                rows.add(row);
            }
            return new QueryResult(columns, rows, truncated);
        } catch (SQLException e) {
            throw new StoreException("query failed on " + where + ": " + e.getMessage(), e);
        }
    }

    /** The store's schema version: {@link Schema#VERSION}, or 1 for a store from before clusters. */
    public int schemaVersion() {
        return schemaVersion;
    }

    private void refuseAnythingButOneSelect(String sql) {
        String check = "SELECT coalesce((j->>'error')::BOOLEAN, false), j->>'error_message',"
                + " coalesce(json_array_length(j->'statements'), 0) FROM (SELECT json_serialize_sql(?::VARCHAR)::JSON AS j)";
        try (PreparedStatement p = connection.prepareStatement(check)) {
            p.setString(1, sql);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getBoolean(1)) {
                    String why = r.getString(2);
                    if (why != null && why.startsWith("Only SELECT statements")) {
                        throw new IllegalArgumentException("refused: 'parley sql' runs only reading queries "
                                + "(SELECT, WITH ... SELECT, FROM ..., VALUES, DESCRIBE); the store is read-only");
                    }
                    throw new IllegalArgumentException("cannot read the query: " + why);
                }
                long n = r.getLong(3);
                if (n != 1) {
                    throw new IllegalArgumentException("refused: give exactly one SELECT statement, got " + n);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot check the query: " + e.getMessage(), e);
        }
    }

    /** JDBC values as plain Java values: SQL arrays become lists; anything exotic stays as DuckDB gives it. */
    private static Object plain(Object v) throws SQLException {
        if (v instanceof Array a) {
            Object items = a.getArray();
            if (items instanceof Object[] objects) {
                List<Object> out = new ArrayList<>();
                for (Object o : objects) {
                    out.add(plain(o));
                }
                return out;
            }
            return items;
        }
        if (v instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        }
        return v;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * The result of a query.
     *
     * @param columns   column labels
     * @param rows      values, row by row
     * @param truncated whether more rows were left out
     */
    public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
        public QueryResult {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }
}
