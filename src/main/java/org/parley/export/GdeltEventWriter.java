package org.parley.export;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.StoredEvent;

/**
 * GDELT 2.0's event table: 61 tab-separated columns in the codebook's order, no header (as GDELT's own files),
 * one row per event cluster (a stored event outside any cluster is its own), empty cells where Parley has no value.
 * The row shows the cluster's most specific mention (longest code, then the first) and counts the cluster's
 * mentions, distinct sources and distinct articles among the exported events. See {@code docs/FORMATS.md}.
 */
public final class GdeltEventWriter {
    /** A named column and how to read it ({@code ""} for no value). */
    public record Column(String name, Function<StoredEvent, String> value) {
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    /** The columns, in GDELT 2.0's order. */
    public static final List<Column> COLUMNS = columns();

    private final Appendable out;

    public GdeltEventWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    public void write(List<StoredEvent> events) throws IOException {
        Map<String, List<StoredEvent>> clusters = new LinkedHashMap<>();
        for (StoredEvent e : events) {
            clusters.computeIfAbsent(e.clusterKey(), k -> new ArrayList<>()).add(e);
        }
        for (List<StoredEvent> mentions : clusters.values()) {
            StoredEvent shown = mentions.get(0);
            for (StoredEvent m : mentions) {
                if (m.event().cameo().code().length() > shown.event().cameo().code().length()) {
                    shown = m;
                }
            }
            List<String> cells = new ArrayList<>();
            for (Column c : COLUMNS) {
                cells.add(c.value().apply(shown));
            }
            cells.set(index("NumMentions"), String.valueOf(mentions.size()));
            cells.set(index("NumSources"), String.valueOf(mentions.stream().map(StoredEvent::articleSource).distinct().count()));
            cells.set(index("NumArticles"), String.valueOf(mentions.stream().map(m -> m.event().articleId()).distinct().count()));
            out.append(Tsv.row(cells));
        }
    }

    private static int index(String column) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("no GDELT column " + column);
    }

    /** The event's date for GDELT: its start, else (an open or unknown start) the article's date. */
    static LocalDate eventDay(StoredEvent s) {
        LocalDate start = s.event().date().start();
        return start != null ? start : s.articleDate();
    }

    static String dateAdded(StoredEvent s) {
        return s.ingestedAt().format(SECOND);
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("GLOBALEVENTID", s -> String.valueOf(GlobalEventId.of(s.clusterKey()))));
        c.add(new Column("SQLDATE", s -> eventDay(s).format(DAY)));
        c.add(new Column("MonthYear", s -> eventDay(s).format(DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT))));
        c.add(new Column("Year", s -> String.valueOf(eventDay(s).getYear())));
        c.add(new Column("FractionDate", s -> fraction(eventDay(s))));
        actor(c, "Actor1", s -> s.event().source());
        actor(c, "Actor2", s -> s.event().target());
        c.add(new Column("IsRootEvent", s -> s.event().sentence() <= 1 ? "1" : "0"));
        c.add(new Column("EventCode", s -> s.event().cameo().code()));
        c.add(new Column("EventBaseCode", s -> base(s.event())));
        c.add(new Column("EventRootCode", s -> s.event().cameo().root()));
        c.add(new Column("QuadClass", s -> String.valueOf(s.event().cameo().quadClass())));
        c.add(new Column("GoldsteinScale", s -> String.valueOf(s.event().cameo().goldstein())));
        c.add(new Column("NumMentions", s -> "1"));
        c.add(new Column("NumSources", s -> "1"));
        c.add(new Column("NumArticles", s -> "1"));
        c.add(new Column("AvgTone", s -> ""));
        // GDELT places each actor where the text puts it (the nearest place name); Parley does not resolve that, and
        // an actor's country affiliation (Actor1CountryCode) is not its location: these stay empty.
        geo(c, "Actor1Geo", s -> GdeltPlace.of(null));
        geo(c, "Actor2Geo", s -> GdeltPlace.of(null));
        geo(c, "ActionGeo", s -> GdeltPlace.of(s.event().location()));
        c.add(new Column("DATEADDED", GdeltEventWriter::dateAdded));
        c.add(new Column("SOURCEURL", StoredEvent::articleUrl));
        return List.copyOf(c);
    }

    private static void actor(List<Column> c, String p, Function<StoredEvent, Participant> who) {
        // an actor of unknown country is its agent code alone, as GDELT writes one ("GOV"), and no actor is empty; a
        // named actor (a phrase no dictionary codes) has no code, only its words in the Name column
        c.add(new Column(p + "Code", s -> who.apply(s).named() ? "" : withoutUnknownCountry(who.apply(s).code())));
        c.add(new Column(p + "Name", s -> who.apply(s).text()));
        c.add(new Column(p + "CountryCode", s -> withoutUnknownCountry(who.apply(s).country())));
        c.add(new Column(p + "KnownGroupCode", s -> ""));
        c.add(new Column(p + "EthnicCode", s -> ""));
        c.add(new Column(p + "Religion1Code", s -> ""));
        c.add(new Column(p + "Religion2Code", s -> ""));
        for (int i = 0; i < 3; i++) {
            int from = 3 * i;
            c.add(new Column(p + "Type" + (i + 1) + "Code", s -> part(who.apply(s).sector(), from)));
        }
    }

    /**
     * A place's eight columns: type, full name and FIPS country code from {@link GdeltPlace}; ADM1 and ADM2 codes,
     * latitude, longitude and feature id empty (Parley does not geocode below the country).
     */
    private static void geo(List<Column> c, String p, Function<StoredEvent, GdeltPlace> place) {
        c.add(new Column(p + "_Type", s -> place.apply(s).type()));
        c.add(new Column(p + "_FullName", s -> place.apply(s).fullName()));
        c.add(new Column(p + "_CountryCode", s -> place.apply(s).countryCode()));
        for (String f : new String[] {"_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID"}) {
            c.add(new Column(p + f, s -> ""));
        }
    }

    /** A code less the unknown-country marker: {@code ---GOV} is {@code GOV}, {@code ---} empty. */
    static String withoutUnknownCountry(String code) {
        return code.startsWith(Actor.UNKNOWN_COUNTRY) ? code.substring(Actor.UNKNOWN_COUNTRY.length()) : code;
    }

    /**
     * The {@code from}-th three-letter part of an agent code ({@code GOVMIL}: GOV, MIL, empty). A dictionary's own
     * sector outside the groups of three ({@code TV} of {@code ITHTV}, kept with {@code --keep-dictionary-codes}) is
     * not cut: it is the first type code whole, and the others are empty.
     */
    static String part(String sector, int from) {
        if (sector.length() % 3 != 0) {
            return from == 0 ? sector : "";
        }
        return sector.length() >= from + 3 ? sector.substring(from, from + 3) : "";
    }

    private static String base(Event e) {
        String code = e.cameo().code();
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    /** GDELT's YYYY.FFFF: the year plus the fraction of it gone by at the start of the day. */
    static String fraction(LocalDate d) {
        double f = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
        return String.format(Locale.ROOT, "%.4f", f);
    }

    static String timestamp(LocalDateTime t) {
        return t.format(SECOND);
    }
}
