package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.Event;
import org.parley.model.Status;

/**
 * Assigns an article's events to clusters inside the article's transaction, and keeps the {@code clusters} rows up
 * to date. Deterministic: candidates are tried in order of cluster id (the first match wins), new ids are the next
 * integer after the highest stored, and events are taken in their article order.
 */
final class Clusters {
    private static final String CANDIDATES = "SELECT cluster_id, date_start, date_end, dated_mentions FROM clusters"
            + " WHERE source_code = ? AND target_code = ? AND cameo_root = ? AND status_class = ? ORDER BY cluster_id";

    private final Connection connection;
    private final ClusterPolicy policy;
    private final Map<String, List<Candidate>> byKey = new HashMap<>();
    private final Set<Long> created = new TreeSet<>();
    private final Set<Long> touched = new TreeSet<>();
    private long nextId;

    /** A cluster as the matching sees it. */
    private static final class Candidate {
        final long id;
        LocalDate start;
        LocalDate end;
        int dated;
        boolean thisArticle;

        Candidate(long id, LocalDate start, LocalDate end, int dated, boolean thisArticle) {
            this.id = id;
            this.start = start;
            this.end = end;
            this.dated = dated;
            this.thisArticle = thisArticle;
        }
    }

    private Clusters(Connection connection, ClusterPolicy policy) throws SQLException {
        this.connection = connection;
        this.policy = policy;
        try (PreparedStatement p = connection.prepareStatement("SELECT coalesce(max(cluster_id), 0) + 1 FROM clusters");
             ResultSet r = p.executeQuery()) {
            r.next();
            nextId = r.getLong(1);
        }
    }

    /**
     * The cluster id of each of one article's events, in order; call {@link Clusters#update} once the events are
     * stored.
     */
    static Clusters assign(Connection connection, ClusterPolicy policy, List<Event> events, long[] ids)
            throws SQLException {
        Clusters c = new Clusters(connection, policy);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            ids[i] = c.place(e.source().code(), e.target().code(), e.cameo().code(), e.status(), e.date().start(),
                    e.date().end());
        }
        return c;
    }

    /**
     * Assigns clusters to every stored event that has none, article by article in stored order (the articles'
     * row order) and in event order within each article, as {@link EventStore#store} would have. Used by the
     * version 1 to 2 migration, inside its transaction.
     */
    static void assignStored(Connection connection, ClusterPolicy policy) throws SQLException {
        List<String> articles = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT article_id FROM articles ORDER BY rowid");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                articles.add(r.getString(1));
            }
        }
        String events = "SELECT event_id, source_code, target_code, cameo_code, status, date_start, date_end"
                + " FROM events WHERE article_id = ? AND cluster_id IS NULL ORDER BY event_ordinal";
        try (PreparedStatement p = connection.prepareStatement(events);
             PreparedStatement set = connection.prepareStatement(
                     "UPDATE events SET cluster_id = ? WHERE event_id = ?")) {
            for (String article : articles) {
                Clusters c = new Clusters(connection, policy);
                p.setString(1, article);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long id = c.place(r.getString(2), r.getString(3), r.getString(4),
                                Status.valueOf(r.getString(5)), r.getObject(6, LocalDate.class),
                                r.getObject(7, LocalDate.class));
                        set.setLong(1, id);
                        set.setString(2, r.getString(1));
                        set.executeUpdate();
                    }
                }
                c.update();
            }
        }
    }

    private long place(String source, String target, String code, Status status, LocalDate start, LocalDate end)
            throws SQLException {
        String root = code.substring(0, 2);
        String[] pair = policy.pair(code, source, target);
        String statusClass = ClusterPolicy.statusClass(status);
        List<Candidate> list = candidates(pair, root, statusClass);
        boolean dated = start != null || end != null;
        boolean known = ClusterPolicy.identified(source) && ClusterPolicy.identified(target);
        for (Candidate c : list) {
            boolean match = dated && known
                    ? (c.dated > 0 ? policy.near(c.start, c.end, start, end) : c.thisArticle)
                    : c.thisArticle;
            if (match) {
                if (dated) {
                    if (c.dated == 0) {
                        c.start = start;
                        c.end = end;
                    } else {
                        c.start = c.start == null || start == null ? null : min(c.start, start);
                        c.end = c.end == null || end == null ? null : max(c.end, end);
                    }
                    c.dated++;
                }
                c.thisArticle = true;
                touched.add(c.id);
                return c.id;
            }
        }
        Candidate c = new Candidate(nextId++, dated ? start : null, dated ? end : null, dated ? 1 : 0, true);
        list.add(c);
        created.add(c.id);
        touched.add(c.id);
        return c.id;
    }

    private List<Candidate> candidates(String[] pair, String root, String statusClass) throws SQLException {
        String key = pair[0] + "|" + pair[1] + "|" + root + "|" + statusClass;
        List<Candidate> list = byKey.get(key);
        if (list != null) {
            return list;
        }
        list = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(CANDIDATES)) {
            p.setString(1, pair[0]);
            p.setString(2, pair[1]);
            p.setString(3, root);
            p.setString(4, statusClass);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Candidate(r.getLong(1), r.getObject(2, LocalDate.class),
                            r.getObject(3, LocalDate.class), r.getInt(4), false));
                }
            }
        }
        byKey.put(key, list);
        return list;
    }

    /** Recomputes the touched clusters from their stored events, inserts the new ones, and links plans. */
    void update() throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        Map<Long, Aggregate> aggregates = aggregate(touched);
        String insert = "INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)";
        String update = "UPDATE clusters SET source_code = ?, target_code = ?, cameo_code = ?, cameo_root = ?,"
                + " status_class = ?, date_start = ?, date_end = ?, dated_mentions = ?, mentions = ?, sources = ?,"
                + " articles = ?, first_report = ?, last_report = ?, confidence = ? WHERE cluster_id = ?";
        try (PreparedStatement ins = connection.prepareStatement(insert);
             PreparedStatement upd = connection.prepareStatement(update)) {
            for (Map.Entry<Long, Aggregate> entry : aggregates.entrySet()) {
                long id = entry.getKey();
                Aggregate a = entry.getValue();
                if (created.contains(id)) {
                    ins.setLong(1, id);
                    a.bind(ins, 2);
                    ins.executeUpdate();
                } else {
                    a.bind(upd, 1);
                    upd.setLong(15, id);
                    upd.executeUpdate();
                }
            }
        }
        for (Map.Entry<Long, Aggregate> entry : aggregates.entrySet()) {
            link(entry.getKey(), entry.getValue());
        }
    }

    /** Links a touched cluster: a plan to its first matching occurrence, an occurrence to every open plan it meets. */
    private void link(long id, Aggregate a) throws SQLException {
        if (a.dated == 0 || ClusterPolicy.NEGATED.equals(a.statusClass)) {
            return;
        }
        boolean plan = ClusterPolicy.PLANNED.equals(a.statusClass);
        String sql = "SELECT cluster_id, date_start, date_end FROM clusters WHERE source_code = ? AND target_code = ?"
                + " AND cameo_root = ? AND status_class = ? AND dated_mentions > 0"
                + (plan ? "" : " AND fulfilled_by IS NULL") + " ORDER BY cluster_id";
        List<Long> matches = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, a.source);
            p.setString(2, a.target);
            p.setString(3, a.root);
            p.setString(4, plan ? ClusterPolicy.OCCURRED : ClusterPolicy.PLANNED);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (policy.near(a.start, a.end, r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class))) {
                        matches.add(r.getLong(1));
                    }
                }
            }
        }
        if (matches.isEmpty()) {
            return;
        }
        String set = "UPDATE clusters SET fulfilled_by = ? WHERE cluster_id = ?";
        try (PreparedStatement p = connection.prepareStatement(set)) {
            if (plan) {
                String open = "SELECT fulfilled_by IS NULL FROM clusters WHERE cluster_id = ?";
                try (PreparedStatement q = connection.prepareStatement(open)) {
                    q.setLong(1, id);
                    try (ResultSet r = q.executeQuery()) {
                        if (!r.next() || !r.getBoolean(1)) {
                            return;
                        }
                    }
                }
                p.setLong(1, matches.get(0));
                p.setLong(2, id);
                p.executeUpdate();
            } else {
                for (long planned : matches) {
                    p.setLong(1, id);
                    p.setLong(2, planned);
                    p.executeUpdate();
                }
            }
        }
    }

    private Map<Long, Aggregate> aggregate(Set<Long> ids) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sql = "SELECT e.cluster_id, e.source_code, e.target_code, e.cameo_code, e.cameo_root, e.status,"
                + " e.date_start, e.date_end, a.source, e.article_id, e.article_date FROM events e"
                + " JOIN articles a ON a.article_id = e.article_id WHERE e.cluster_id IN (" + marks + ")"
                + " ORDER BY e.cluster_id, e.article_id, e.event_ordinal";
        Map<Long, Aggregate> out = new LinkedHashMap<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int i = 1;
            for (long id : ids) {
                p.setLong(i++, id);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    Aggregate a = out.get(id);
                    String root = r.getString(5);
                    if (a == null) {
                        String[] pair = policy.pair(r.getString(4), r.getString(2), r.getString(3));
                        a = new Aggregate(pair[0], pair[1], root,
                                ClusterPolicy.statusClass(Status.valueOf(r.getString(6))));
                        out.put(id, a);
                    }
                    a.add(r.getString(4), r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class),
                            r.getString(9), r.getString(10), r.getObject(11, LocalDate.class));
                }
            }
        }
        return out;
    }

    /** What a cluster's row says, computed from all its mentions. */
    private static final class Aggregate {
        final String source;
        final String target;
        final String root;
        final String statusClass;
        final Map<String, Integer> codes = new TreeMap<>();
        final Set<String> sources = new HashSet<>();
        final Set<String> articles = new HashSet<>();
        LocalDate start;
        LocalDate end;
        int dated;
        int mentions;
        LocalDate first;
        LocalDate last;

        Aggregate(String source, String target, String root, String statusClass) {
            this.source = source;
            this.target = target;
            this.root = root;
            this.statusClass = statusClass;
        }

        void add(String code, LocalDate s, LocalDate e, String articleSource, String articleId, LocalDate reported) {
            mentions++;
            codes.merge(code, 1, Integer::sum);
            sources.add(articleSource);
            articles.add(articleId);
            first = first == null ? reported : min(first, reported);
            last = last == null ? reported : max(last, reported);
            if (s == null && e == null) {
                return;
            }
            if (dated == 0) {
                start = s;
                end = e;
            } else {
                start = start == null || s == null ? null : min(start, s);
                end = end == null || e == null ? null : max(end, e);
            }
            dated++;
        }

        /** Most specific code ({@link #specificity}); ties: most frequent, then smallest (the TreeMap's order). */
        String code() {
            String best = null;
            for (Map.Entry<String, Integer> c : codes.entrySet()) {
                int s = specificity(c.getKey());
                if (best == null || s > specificity(best)
                        || (s == specificity(best) && c.getValue() > codes.get(best))) {
                    best = c.getKey();
                }
            }
            return best;
        }

        /** Binds source .. confidence (14 parameters) from {@code at}. */
        void bind(PreparedStatement p, int at) throws SQLException {
            String code = code();
            p.setString(at, source);
            p.setString(at + 1, target);
            p.setString(at + 2, code);
            p.setString(at + 3, root);
            p.setString(at + 4, statusClass);
            p.setObject(at + 5, start);
            p.setObject(at + 6, end);
            p.setInt(at + 7, dated);
            p.setInt(at + 8, mentions);
            p.setInt(at + 9, sources.size());
            p.setInt(at + 10, articles.size());
            p.setObject(at + 11, first);
            p.setObject(at + 12, last);
            p.setDouble(at + 13, codes.get(code) / (double) mentions);
        }
    }

    /**
     * A code's length, less one when it ends in 0 below the root: CAMEO's {@code 040} ("consult, not specified
     * below") is as specific as the root {@code 04}, and less than {@code 046}.
     */
    static int specificity(String code) {
        return code.length() > 2 && code.endsWith("0") ? code.length() - 1 : code.length();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
