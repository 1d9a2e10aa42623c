package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code clusters} rows; the SQL text is made of constants and user values travel as parameters. */
final class ClusterRows {
    private static final String COLUMNS = "c.cluster_id, c.source_code, c.target_code, c.cameo_code, c.cameo_root,"
            + " c.status_class, c.date_start, c.date_end, c.mentions, c.sources, c.articles, c.first_report,"
            + " c.last_report, c.confidence, c.fulfilled_by";

    private ClusterRows() {
    }

    static String select(EventQuery q, List<Object> params) {
        List<String> where = new ArrayList<>();
        if (q.actor() != null) {
            where.add("(starts_with(c.source_code, ?) OR starts_with(c.target_code, ?))");
            params.add(q.actor());
            params.add(q.actor());
        }
        if (q.dyad() != null) {
            where.add("((starts_with(c.source_code, ?) AND starts_with(c.target_code, ?))"
                    + " OR (starts_with(c.source_code, ?) AND starts_with(c.target_code, ?)))");
            params.add(q.dyad().a());
            params.add(q.dyad().b());
            params.add(q.dyad().b());
            params.add(q.dyad().a());
        }
        if (q.from() != null || q.to() != null) {
            where.add("c.dated_mentions > 0");
        }
        if (q.from() != null) {
            where.add("(c.date_end IS NULL OR c.date_end >= ?)");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.add("(c.date_start IS NULL OR c.date_start <= ?)");
            params.add(q.to());
        }
        if (q.codePrefix() != null) {
            where.add("starts_with(c.cameo_code, ?)");
            params.add(q.codePrefix());
        }
        if (q.status() != null) {
            where.add("c.status_class = ?");
            params.add(ClusterPolicy.statusClass(q.status()));
        }
        if (q.articleId() != null) {
            where.add("c.cluster_id IN (SELECT cluster_id FROM events WHERE article_id = ?)");
            params.add(q.articleId());
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM clusters c");
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY c.date_start NULLS LAST, c.cluster_id");
        if (q.limit() != null) {
            sql.append(" LIMIT ?");
            params.add(q.limit().longValue());
        }
        return sql.toString();
    }

    static EventCluster read(ResultSet r) throws SQLException {
        long fulfilled = r.getLong(15);
        Long fulfilledBy = r.wasNull() ? null : fulfilled;
        return new EventCluster(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class), r.getInt(9),
                r.getInt(10), r.getInt(11), r.getObject(12, LocalDate.class), r.getObject(13, LocalDate.class),
                r.getDouble(14), fulfilledBy);
    }
}
