package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorRole;

/**
 * The four actor dictionaries together. The constructor checks that every code of a person or organisation starts
 * with a known country code or one of the non-state roots ({@code IGO}, {@code NGO}, {@code IMG}, {@code MNC}).
 *
 * @param countries     countries and territories
 * @param organisations international organisations and non-state groups
 * @param agents        agent (sector) words
 * @param people        people with dated roles
 */
public record ActorDictionaries(CountryTable countries, OrganisationTable organisations, AgentTable agents,
                                PeopleTable people) {
    /** Roots that are not countries: intergovernmental, non-governmental, international militant, multinational. */
    public static final Set<String> NON_STATE_ROOTS = Set.of("IGO", "NGO", "IMG", "MNC");

    /** Where the bundled files live on the class path. */
    public static final String RESOURCE_DIR = "/org/parley/actors/";

    public ActorDictionaries {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(people, "people");
        List<String> problems = new ArrayList<>();
        for (Organisation o : organisations.all()) {
            for (ActorRole r : o.roles()) {
                checkRoot(countries, r, "organisation " + o.name(), problems);
            }
        }
        for (Person p : people.all()) {
            for (ActorRole r : p.actorRoles()) {
                checkRoot(countries, r, "person " + p.name(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("unknown country codes: " + String.join("; ", problems));
        }
    }

    private static void checkRoot(CountryTable countries, ActorRole r, String who, List<String> problems) {
        String root = r.actor().country();
        if (!NON_STATE_ROOTS.contains(root) && countries.byCode(root).isEmpty()) {
            problems.add(who + " has code " + r.actor().code());
        }
    }

    /** Loads the dictionaries bundled with Parley. */
    public static ActorDictionaries builtIn() {
        return new ActorDictionaries(
                CountryTableReader.resource(RESOURCE_DIR + "countries.tsv"),
                OrganisationTableReader.resource(RESOURCE_DIR + "organisations.tsv"),
                AgentTableReader.resource(RESOURCE_DIR + "agents.tsv"),
                PeopleTableReader.resource(RESOURCE_DIR + "people.tsv"));
    }
}
