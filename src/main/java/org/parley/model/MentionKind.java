package org.parley.model;

/** What kind of words named an actor; the event coder treats places and people differently. */
public enum MentionKind {
    /** A country name or short form ("South Korea", "the US"). */
    COUNTRY,
    /** A nationality adjective or demonym ("Chinese", "Pyongyang's" does not count: that is a capital). */
    NATIONALITY,
    /** A capital or seat of government ("Beijing", "the Kremlin"): the government by metonymy, or a location. */
    CAPITAL,
    /**
     * Another city or place of a country ("Kharkiv", "Gaza City"): not an actor, but the country of a place an event
     * is done to ("shelled Kharkiv", "struck facilities in Kharkiv" are on Ukraine). The event coder takes it only
     * as a target; it is never a source, nor what a pronoun refers to.
     */
    PLACE,
    /** An organisation, ministry or agency. */
    ORGANISATION,
    /** A named person. */
    PERSON,
    /** A group named by a sector noun ("officials", "analysts", "protesters"). */
    GROUP,
    /** A pronoun, short name or phrase resolved to an earlier mention ("his", "Lee", "the two sides"). */
    COREFERENCE,
    /**
     * A noun phrase that no dictionary codes, named by its own words ({@link Actor#named}); only with the coding
     * option that asks for such actors (PETRARCH's {@code new_actor_length}).
     */
    PHRASE,
    /**
     * No words: the default source or target the coding options give an event whose sentence names none, or the
     * target a rule implies (a protest's own government).
     */
    DEFAULT,
    /**
     * No words and no actor ({@link Actor#NONE}): the empty side of an event coded with one side only, when the coding
     * options do not require both.
     */
    ABSENT
}
