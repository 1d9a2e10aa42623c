package org.parley.actors;

import java.util.Objects;

/** What a dictionary word sequence stands for. */
public sealed interface Lexeme {

    /** How a place word names its country. */
    enum PlaceForm {
        /** The country's name or a short form: an actor ({@code CHN}). */
        NAME,
        /** A nationality adjective or demonym: an actor only as a demonym or with an agent word. */
        ADJECTIVE,
        /** A capital or seat of government: the government by metonymy ({@code CHNGOV}). */
        CAPITAL,
        /** Another city: places an institution, never an actor itself. */
        CITY
    }

    /** A country word. */
    record Place(Country country, PlaceForm form) implements Lexeme {
        public Place {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(form, "form");
        }
    }

    /** An organisation's name. */
    record OrgName(Organisation organisation) implements Lexeme {
        public OrgName {
            Objects.requireNonNull(organisation, "organisation");
        }
    }

    /** A person's full name. */
    record PersonName(Person person) implements Lexeme {
        public PersonName {
            Objects.requireNonNull(person, "person");
        }
    }

    /** An agent word. */
    record AgentWord(Agent agent) implements Lexeme {
        public AgentWord {
            Objects.requireNonNull(agent, "agent");
        }
    }
}
