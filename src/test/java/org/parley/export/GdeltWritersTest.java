package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.Span;
import org.parley.model.StoredEvent;
import org.parley.testing.SampleEvents;

class GdeltWritersTest {
    private static final List<String> EVENT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
            "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    @Test
    void eventTableHasGdeltsSixtyOneColumnsInOrder() {
        assertEquals(61, EVENT_COLUMNS.size());
        assertEquals(EVENT_COLUMNS, GdeltEventWriter.COLUMNS.stream().map(GdeltEventWriter.Column::name).toList());
    }

    @Test
    void everyRowHasSixtyOneCellsAndTheEventsDate() throws Exception {
        StringBuilder out = new StringBuilder();
        new GdeltEventWriter(out).write(ExportSamples.both());
        List<String> rows = out.toString().lines().toList();
        assertEquals(2, rows.size());
        for (String row : rows) {
            assertEquals(61, row.split("\t", -1).length, row);
        }
        List<String> talks = List.of(rows.get(0).split("\t", -1));
        assertEquals(String.valueOf(GlobalEventId.of("a1:5:0")), talks.get(0));
        assertEquals("20251215", talks.get(1), "the event's start, not the article's date (2025-12-27)");
        assertEquals("202512", talks.get(2));
        assertEquals("2025", talks.get(3));
        assertEquals("KORGOV", talks.get(5));
        assertEquals("KOR", talks.get(7));
        assertEquals("GOV", talks.get(12));
        assertEquals("", talks.get(13));
        assertEquals("046", talks.get(26));
        assertEquals("046", talks.get(27));
        assertEquals("04", talks.get(28));
        assertEquals("1", talks.get(29));
        assertEquals("7.0", talks.get(30));
        assertEquals("1", talks.get(31));
        assertEquals("1", talks.get(EVENT_COLUMNS.indexOf("ActionGeo_Type")), "placed in a country: country level");
        assertEquals("China", talks.get(EVENT_COLUMNS.indexOf("ActionGeo_FullName")), "talks in Beijing: China");
        assertEquals("CH", talks.get(EVENT_COLUMNS.indexOf("ActionGeo_CountryCode")), "FIPS 10-4, not ISO's CN");
        for (String empty : List.of("ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
                "Actor1Geo_Type", "Actor1Geo_CountryCode", "Actor2Geo_FullName", "Actor2Geo_CountryCode")) {
            assertEquals("", talks.get(EVENT_COLUMNS.indexOf(empty)), empty);
        }
        assertEquals("20260102030405", talks.get(59));
        assertEquals("https://example.org/talks", talks.get(60));
        List<String> visit = List.of(rows.get(1).split("\t", -1));
        assertEquals("20251228", visit.get(1), "an open-ended date starts on its lower bound");
        assertEquals(List.of("", "", ""), visit.subList(EVENT_COLUMNS.indexOf("ActionGeo_Type"),
                EVENT_COLUMNS.indexOf("ActionGeo_CountryCode") + 1), "no location");
    }

    @Test
    void anActorOfUnknownCountryIsItsAgentCodeAndNoActorIsEmpty() {
        assertEquals("GOV", GdeltEventWriter.withoutUnknownCountry("---GOV"));
        assertEquals("", GdeltEventWriter.withoutUnknownCountry("---"));
        assertEquals("KORGOV", GdeltEventWriter.withoutUnknownCountry("KORGOV"));
        assertEquals("KOR", GdeltEventWriter.withoutUnknownCountry("KOR"));
    }

    @Test
    void aNamedActorHasNoCodesOnlyItsWords() throws Exception {
        Event talks = SampleEvents.talks();
        Actor board = Actor.named("the harbour board");
        Participant named = new Participant(board.code(), board.country(), board.sector(), "the harbour board",
                new Span(0, 17), "uncoded-phrase:at most 4 words", "");
        Event event = new Event(talks.articleId(), talks.sentence(), named, talks.target(), talks.cameo(),
                talks.date(), talks.status(), talks.statusCue(), talks.attribution(), talks.historical(),
                talks.location(), talks.evidence());
        StringBuilder out = new StringBuilder();
        new GdeltEventWriter(out).write(List.of(new StoredEvent("a1:5:0", event, LocalDate.of(2025, 12, 27), "Wire",
                "", LocalDateTime.of(2026, 1, 2, 3, 4, 5))));
        List<String> row = List.of(out.toString().strip().split("\t", -1));
        assertEquals("", row.get(EVENT_COLUMNS.indexOf("Actor1Code")), "the words are no CAMEO code");
        assertEquals("the harbour board", row.get(EVENT_COLUMNS.indexOf("Actor1Name")));
        for (String empty : List.of("Actor1CountryCode", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code")) {
            assertEquals("", row.get(EVENT_COLUMNS.indexOf(empty)), empty);
        }
        assertEquals("CHNGOV", row.get(EVENT_COLUMNS.indexOf("Actor2Code")), "the other side as before");
    }

    @Test
    void typeCodesAreTheSectorsGroupsOfThreeAndADictionarysOwnSectorWhole() {
        assertEquals(List.of("GOV", "MIL", ""), List.of(GdeltEventWriter.part("GOVMIL", 0),
                GdeltEventWriter.part("GOVMIL", 3), GdeltEventWriter.part("GOVMIL", 6)));
        assertEquals(List.of("TV", "", ""), List.of(GdeltEventWriter.part("TV", 0), GdeltEventWriter.part("TV", 3),
                GdeltEventWriter.part("TV", 6)), "ITHTV's sector TV is not cut");
        assertEquals(List.of("TVGOV", ""), List.of(GdeltEventWriter.part("TVGOV", 0), GdeltEventWriter.part("TVGOV", 3)));
        assertEquals("", GdeltEventWriter.part("", 0));
    }

    @Test
    void mentionsHaveSixteenColumns() throws Exception {
        assertEquals(List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"),
                GdeltMentionsWriter.COLUMNS.stream().map(GdeltEventWriter.Column::name).toList());
        StringBuilder out = new StringBuilder();
        new GdeltMentionsWriter(out).write(ExportSamples.both());
        List<String> rows = out.toString().lines().toList();
        assertEquals(2, rows.size());
        List<String> talks = List.of(rows.get(0).split("\t", -1));
        assertEquals(16, talks.size());
        assertEquals("Yonhap", talks.get(4));
        assertEquals("https://example.org/talks", talks.get(5));
        assertEquals("6", talks.get(6));
        assertEquals("10", talks.get(7));
        assertEquals("a2", rows.get(1).split("\t", -1)[5], "no address: the article id identifies the mention");
    }

    @Test
    void globalEventIdsAreStableAndDistinct() {
        assertEquals(GlobalEventId.of("a1:5:0"), GlobalEventId.of("a1:5:0"));
        assertNotEquals(GlobalEventId.of("a1:5:0"), GlobalEventId.of("a1:5:1"));
        assertTrue(GlobalEventId.of("x") >= 0);
    }

    @Test
    void oneRowPerClusterWithItsCountsAndMentionsPointingAtIt() throws Exception {
        org.parley.model.StoredEvent a = ExportSamples.talks();
        org.parley.model.StoredEvent b = new org.parley.model.StoredEvent("a9:2:0", a.event(), a.articleDate(), "Xinhua",
                "https://example.org/other", a.ingestedAt(), "cluster:7");
        org.parley.model.StoredEvent a7 = new org.parley.model.StoredEvent(a.eventId(), a.event(), a.articleDate(),
                a.articleSource(), a.articleUrl(), a.ingestedAt(), "cluster:7");
        StringBuilder events = new StringBuilder();
        new GdeltEventWriter(events).write(List.of(a7, b, ExportSamples.plannedVisit()));
        List<String> rows = events.toString().lines().toList();
        assertEquals(2, rows.size(), "two mentions of one cluster, and one event of its own");
        List<String> cluster = List.of(rows.get(0).split("\t", -1));
        assertEquals(61, cluster.size());
        assertEquals("2", cluster.get(EVENT_COLUMNS.indexOf("NumMentions")));
        assertEquals("2", cluster.get(EVENT_COLUMNS.indexOf("NumSources")));
        assertEquals("1", cluster.get(EVENT_COLUMNS.indexOf("NumArticles")), "the sample's events share one article id");
        StringBuilder mentions = new StringBuilder();
        new GdeltMentionsWriter(mentions).write(List.of(a7, b));
        List<String> ids = mentions.toString().lines().map(l -> l.split("\t", -1)[0]).toList();
        assertEquals(List.of(cluster.get(0), cluster.get(0)), ids);
    }
}
