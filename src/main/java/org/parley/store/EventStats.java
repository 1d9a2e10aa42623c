package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The aggregate queries of {@link EventStore}: SQL with {@code ?} parameters, user values only as parameters. */
final class EventStats {
    private EventStats() {
    }

    /**
     * The timeline of the events matching {@code q}'s filters other than dates; its {@code from}/{@code to} bound
     * the event's <em>start</em> date (the date the timeline counts by).
     */
    static Timeline timeline(Connection c, EventQuery q, Timeline.Period by) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>(EventSql.conditions(q.between(null, null), params));
        if (q.from() != null) {
            where.add("(e.date_start IS NULL OR e.date_start >= ?)");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.add("(e.date_start IS NULL OR e.date_start <= ?)");
            params.add(q.to());
        }
        String sql = "SELECT date_trunc('" + by.part() + "', e.date_start)::DATE AS p, count(*),"
                + " count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),"
                + " count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),"
                + " coalesce(avg(e.goldstein), 0), coalesce(sum(e.goldstein), 0)"
                + " FROM events e" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " GROUP BY p ORDER BY p NULLS FIRST";
        Map<LocalDate, Timeline.Row> found = new LinkedHashMap<>();
        long undated = 0;
        try (PreparedStatement p = prepare(c, sql, params); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                LocalDate start = r.getObject(1, LocalDate.class);
                if (start == null) {
                    undated = r.getLong(2);
                    continue;
                }
                long[] quad = {r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)};
                found.put(start, new Timeline.Row(start, r.getLong(2), quad, r.getDouble(7), r.getDouble(8)));
            }
        }
        List<Timeline.Row> rows = new ArrayList<>();
        List<LocalDate> keys = new ArrayList<>(found.keySet());
        LocalDate first = q.from() != null ? by.truncate(q.from()) : keys.isEmpty() ? null : keys.get(0);
        LocalDate last = q.to() != null ? by.truncate(q.to()) : keys.isEmpty() ? null : keys.get(keys.size() - 1);
        if (first != null && last != null) {
            for (LocalDate d = first; !d.isAfter(last); d = by.next(d)) {
                rows.add(found.getOrDefault(d, Timeline.Row.empty(d)));
            }
        }
        return new Timeline(by, rows, undated);
    }

    /**
     * The {@code top} most active actor codes among the events matching {@code q} (dates: the event's interval
     * overlaps the window, as in {@link EventStore#events}), each with its three most frequent partners. Codes that
     * name no one in particular ({@code ---GOV}, an actor of unknown country; {@code ---}, no actor) are neither
     * ranked nor partners.
     */
    static List<ActorActivity> topActors(Connection c, EventQuery q, int top) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = EventSql.conditions(q, params);
        String filter = where.isEmpty() ? "" : " AND " + String.join(" AND ", where);
        List<Object> all = new ArrayList<>(params);
        all.addAll(params);
        all.add((long) top);
        String sql = "WITH pairs AS ("
                + " SELECT e.source_code AS actor, e.target_code AS partner FROM events e"
                + " WHERE e.source_code <> '' AND NOT starts_with(e.source_code, '---')" + filter
                + " UNION ALL SELECT e.target_code, e.source_code FROM events e"
                + " WHERE e.target_code <> '' AND NOT starts_with(e.target_code, '---')"
                + " AND e.target_code <> e.source_code" + filter + "),"
                + " ranked AS (SELECT actor, count(*) AS n FROM pairs GROUP BY actor ORDER BY n DESC, actor LIMIT ?),"
                + " partners AS (SELECT p.actor, p.partner, count(*) AS n FROM pairs p JOIN ranked USING (actor)"
                + "  WHERE p.partner <> '' AND NOT starts_with(p.partner, '---') AND p.partner <> p.actor"
                + "  GROUP BY p.actor, p.partner),"
                + " best AS (SELECT *, row_number() OVER (PARTITION BY actor ORDER BY n DESC, partner) AS k"
                + "  FROM partners)"
                + " SELECT r.actor, r.n, b.partner, b.n FROM ranked r LEFT JOIN best b ON b.actor = r.actor AND b.k <= 3"
                + " ORDER BY r.n DESC, r.actor, b.k";
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<ActorActivity.Partner>> partners = new LinkedHashMap<>();
        try (PreparedStatement p = prepare(c, sql, all); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String actor = r.getString(1);
                counts.putIfAbsent(actor, r.getLong(2));
                List<ActorActivity.Partner> list = partners.computeIfAbsent(actor, k -> new ArrayList<>());
                String partner = r.getString(3);
                if (partner != null) {
                    list.add(new ActorActivity.Partner(partner, r.getLong(4)));
                }
            }
        }
        List<ActorActivity> out = new ArrayList<>();
        counts.forEach((actor, n) -> out.add(new ActorActivity(actor, n, partners.get(actor))));
        return out;
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }
}
