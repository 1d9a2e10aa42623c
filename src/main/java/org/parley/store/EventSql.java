package org.parley.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link EventQuery} into SQL with {@code ?} parameters. User values only ever travel as parameters; the
 * SQL text is made of constants.
 *
 * @param text   the statement
 * @param params its parameters, in order
 */
record EventSql(String text, List<Object> params) {
    EventSql {
        params = List.copyOf(params);
    }

    static EventSql of(EventQuery q) {
        List<Object> params = new ArrayList<>();
        List<String> where = conditions(q, params);
        StringBuilder sql = new StringBuilder("SELECT ").append(EventRows.SELECT_LIST)
                .append(" FROM events e JOIN sentences s")
                .append(" ON s.article_id = e.article_id AND s.sentence_index = e.sentence_index");
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY e.date_start NULLS LAST, e.article_id, e.sentence_index, e.event_ordinal");
        if (q.limit() != null) {
            sql.append(" LIMIT ?");
            params.add(q.limit().longValue());
        }
        return new EventSql(sql.toString(), params);
    }

    /**
     * The conditions of a query's filters on {@code events e} (its limit aside), each a constant SQL text; their
     * parameters are appended to {@code params} in order.
     */
    static List<String> conditions(EventQuery q, List<Object> params) {
        List<String> where = new ArrayList<>();
        if (q.actor() != null) {
            where.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
            params.add(q.actor());
            params.add(q.actor());
        }
        if (q.dyad() != null) {
            where.add("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
                    + " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))");
            params.add(q.dyad().a());
            params.add(q.dyad().b());
            params.add(q.dyad().b());
            params.add(q.dyad().a());
        }
        if (q.from() != null || q.to() != null) {
            // A wholly unknown date is not "always": it matches no window.
            where.add("(e.date_start IS NOT NULL OR e.date_end IS NOT NULL)");
        }
        if (q.from() != null) {
            where.add("(e.date_end IS NULL OR e.date_end >= ?)");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.add("(e.date_start IS NULL OR e.date_start <= ?)");
            params.add(q.to());
        }
        if (q.codePrefix() != null) {
            where.add("starts_with(e.cameo_code, ?)");
            params.add(q.codePrefix());
        }
        if (q.status() != null) {
            where.add("e.status = ?");
            params.add(q.status().name());
        }
        if (q.articleId() != null) {
            where.add("e.article_id = ?");
            params.add(q.articleId());
        }
        return where;
    }
}
