package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.HandBuilt;

class ActorMentionTest {
    private static final Span SPAN = new Span(19, 30);

    private static ActorMention mention(List<ActorRole> roles) {
        return new ActorMention(1, 0, 2, 1, "Moon Jae-in", SPAN, MentionKind.PERSON, roles, "people:Moon Jae-in");
    }

    private static ActorRole role(String code, String from, String to) {
        return new ActorRole(Actor.of(code), from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), "");
    }

    private static String codeOn(ActorMention m, String date) {
        return m.roleOn(LocalDate.parse(date)).actor().code();
    }

    @Test
    void moonIsGovernmentWhileInOfficeAndEliteAfterwards() {
        ActorMention moon = mention(HandBuilt.moonRoles());
        assertEquals("KORGOV", codeOn(moon, "2019-06-30"));
        assertEquals("KORELI", codeOn(moon, "2025-12-27"));
    }

    @Test
    void roleChangesExactlyAtTheIntervalEdges() {
        ActorMention moon = mention(HandBuilt.moonRoles());
        assertEquals("KORGOV", codeOn(moon, "2017-05-10"));
        assertEquals("KORGOV", codeOn(moon, "2022-05-09"));
        assertEquals("KORELI", codeOn(moon, "2022-05-10"));
    }

    @Test
    void beforeAnyRoleTheNearestOneIsUsed() {
        ActorMention moon = mention(HandBuilt.moonRoles());
        assertEquals("KORGOV", codeOn(moon, "2012-12-19"),
                "KORGOV starts 2017, KORELI only in 2022");
    }

    @Test
    void inAGapBetweenRolesTheNearerBoundWins() {
        ActorMention m = mention(List.of(
                role("KORLEG", "2012-05-30", "2016-05-29"),
                role("KORGOV", "2017-05-10", "2022-05-09")));
        assertEquals("KORLEG", codeOn(m, "2016-07-01"), "33 days after KORLEG, 313 days before KORGOV");
        assertEquals("KORGOV", codeOn(m, "2017-01-01"), "217 days after KORLEG, 129 days before KORGOV");
    }

    @Test
    void afterAllClosedRolesTheLatestOneIsUsed() {
        ActorMention m = mention(List.of(
                role("KORLEG", "2000-01-01", "2005-12-31"),
                role("KORGOV", "2006-01-01", "2010-12-31")));
        assertEquals("KORGOV", codeOn(m, "2020-01-01"));
        assertEquals("KORLEG", codeOn(m, "1990-01-01"));
    }

    @Test
    void theFirstRoleThatHoldsWinsOverLaterOnes() {
        ActorMention m = mention(List.of(role("KORGOV", null, null), role("KORELI", "2022-05-10", null)));
        assertEquals("KORGOV", codeOn(m, "2025-12-27"));
        ActorMention reversed = mention(List.of(role("KORELI", "2022-05-10", null), role("KORGOV", null, null)));
        assertEquals("KORELI", codeOn(reversed, "2025-12-27"));
        assertEquals("KORGOV", codeOn(reversed, "2019-06-30"));
    }

    @Test
    void roleOnNeedsADate() {
        assertThrows(NullPointerException.class, () -> mention(HandBuilt.moonRoles()).roleOn(null));
    }

    @Test
    void coversItsTokensOnly() {
        ActorMention m = new ActorMention(1, 3, 5, 4, "South Korea", SPAN, MentionKind.COUNTRY,
                List.of(role("KOR", null, null)), "countries:South Korea");
        assertFalse(m.covers(2));
        assertTrue(m.covers(3));
        assertTrue(m.covers(4));
        assertFalse(m.covers(5), "end is exclusive");
    }

    @Test
    void emptyRolesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mention(List.of()));
        assertEquals("actor mention 'Moon Jae-in' has no role", e.getMessage());
    }

    @Test
    void rolesAreCopied() {
        List<ActorRole> roles = new ArrayList<>(HandBuilt.moonRoles());
        ActorMention m = mention(roles);
        roles.clear();
        assertEquals(2, m.roles().size());
        assertThrows(UnsupportedOperationException.class, () -> m.roles().clear());
    }

    @Test
    void negativeFirstTokenIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ActorMention(1, -1, 2,
                1, "Moon Jae-in", SPAN, MentionKind.PERSON, HandBuilt.moonRoles(), "r"));
        assertEquals("bad token range [-1, 2) head 1 for 'Moon Jae-in'", e.getMessage());
    }

    @Test
    void emptyTokenRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ActorMention(1, 2, 2,
                2, "Moon", SPAN, MentionKind.PERSON, HandBuilt.moonRoles(), "r"));
        assertEquals("bad token range [2, 2) head 2 for 'Moon'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ActorMention(1, 3, 2, 2, "Moon", SPAN,
                MentionKind.PERSON, HandBuilt.moonRoles(), "r"));
    }

    @Test
    void headOutsideTheRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ActorMention(1, 2, 4, 1, "Moon Jae-in", SPAN,
                MentionKind.PERSON, HandBuilt.moonRoles(), "r"), "head before the first token");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ActorMention(1, 2, 4,
                4, "Moon Jae-in", SPAN, MentionKind.PERSON, HandBuilt.moonRoles(), "r"));
        assertEquals("bad token range [2, 4) head 4 for 'Moon Jae-in'", e.getMessage());
    }

    @Test
    void headMayBeFirstOrLastToken() {
        new ActorMention(1, 2, 4, 2, "Moon Jae-in", SPAN, MentionKind.PERSON, HandBuilt.moonRoles(), "r");
        ActorMention m = new ActorMention(1, 2, 4, 3, "Moon Jae-in", SPAN, MentionKind.PERSON, HandBuilt.moonRoles(),
                "r");
        assertEquals(3, m.headToken());
    }

    @Test
    void nullFieldsAreRejectedByName() {
        List<ActorRole> roles = HandBuilt.moonRoles();
        assertEquals("text", assertThrows(NullPointerException.class, () -> new ActorMention(1, 0, 2, 1, null, SPAN,
                MentionKind.PERSON, roles, "r")).getMessage());
        assertEquals("span", assertThrows(NullPointerException.class, () -> new ActorMention(1, 0, 2, 1, "Moon",
                null, MentionKind.PERSON, roles, "r")).getMessage());
        assertEquals("kind", assertThrows(NullPointerException.class, () -> new ActorMention(1, 0, 2, 1, "Moon",
                SPAN, null, roles, "r")).getMessage());
        assertEquals("rule", assertThrows(NullPointerException.class, () -> new ActorMention(1, 0, 2, 1, "Moon",
                SPAN, MentionKind.PERSON, roles, null)).getMessage());
    }
}
