package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorRole;

/**
 * The actor dictionaries the resolver works on: one or more <em>layers</em> of the four tables (countries,
 * organisations, agents, people), in order of precedence. A phrase defined in a layer hides every meaning that the
 * layers after it give to the same words ({@code docs/DICTIONARIES.md}, "Bringing your own dictionaries"):
 * {@code builtIn().with(user)} puts the user's dictionaries first and Parley's own after them, and {@link #of} makes
 * dictionaries that hold only what they are given.
 *
 * <p>The accessors {@link #countries()}, {@link #organisations()}, {@link #agents()} and {@link #people()} give the
 * tables of the first layer; {@link #layers()} gives every layer. Immutable.
 */
public final class ActorDictionaries {
    /** CAMEO region roots an organisation line may use for a group of countries acting as one side ({@code WST}). */
    static final Set<String> REGION_ROOTS = Set.of("WST");

    /** Where the bundled files live on the class path. */
    public static final String RESOURCE_DIR = "/org/parley/actors/";

    private final CountryTable countries;
    private final OrganisationTable organisations;
    private final AgentTable agents;
    private final PeopleTable people;
    private final Set<List<String>> stems;
    private final Map<List<String>, List<Integer>> gaps;
    private final boolean anyCase;
    private final ActorDictionaries next;

    /**
     * One layer in Parley's own format. Checks that every code of a person or organisation starts with a country
     * code of the same tables, one of the non-state roots ({@code IGO}, {@code NGO}, {@code IMG}, {@code MNC}) or a
     * region root ({@code WST}, the West).
     *
     * @throws IllegalArgumentException naming every code with an unknown root
     */
    public ActorDictionaries(CountryTable countries, OrganisationTable organisations, AgentTable agents,
                             PeopleTable people) {
        this(countries, organisations, agents, people, Set.of(), Map.of(), false, null);
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

    private ActorDictionaries(CountryTable countries, OrganisationTable organisations, AgentTable agents,
                              PeopleTable people, Set<List<String>> stems, Map<List<String>, List<Integer>> gaps,
                              boolean anyCase, ActorDictionaries next) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.people = Objects.requireNonNull(people, "people");
        this.stems = Set.copyOf(stems);
        this.gaps = Map.copyOf(gaps);
        this.anyCase = anyCase;
        this.next = next;
    }

    private static void checkRoot(CountryTable countries, ActorRole r, String who, List<String> problems) {
        String root = r.actor().country();
        if (!Actor.NON_STATE_ROOTS.contains(root) && !REGION_ROOTS.contains(root) && countries.byCode(root).isEmpty()) {
            problems.add(who + " has code " + r.actor().code());
        }
    }

    /**
     * One layer holding exactly these tables, with no check of the codes' roots: for dictionaries whose codes are
     * not tied to a country list of their own, such as PETRARCH's and TABARI's.
     */
    public static ActorDictionaries of(CountryTable countries, OrganisationTable organisations, AgentTable agents,
                                       PeopleTable people) {
        return new ActorDictionaries(countries, organisations, agents, people, Set.of(), Map.of(), false, null);
    }

    /**
     * This one layer with {@code stems}: the token keys of its phrases whose last word is a stem, matching every
     * word that starts with it, as TABARI reads a phrase without a final {@code _} ({@code ARGENTIN} is "Argentina"
     * and "Argentine"). Every other phrase matches whole words.
     *
     * @throws IllegalArgumentException when these dictionaries have more than one layer
     */
    ActorDictionaries withStems(Set<List<String>> stems) {
        if (next != null) {
            throw new IllegalArgumentException("stems are given to one layer, not to " + layers().size());
        }
        return new ActorDictionaries(countries, organisations, agents, people, stems, gaps, anyCase, null);
    }

    /**
     * This one layer with {@code gaps}: for the token keys of some of its phrases, the indexes of the words before
     * which other words of the text may stand, as TABARI reads a blank between two words ({@code PRINCE DOL_AMROTH}
     * is also "the Prince of Dol Amroth"; {@link TokenTrie#GAP}). Every other phrase matches consecutive words.
     *
     * @throws IllegalArgumentException when these dictionaries have more than one layer
     */
    ActorDictionaries withGaps(Map<List<String>, List<Integer>> gaps) {
        if (next != null) {
            throw new IllegalArgumentException("gaps are given to one layer, not to " + layers().size());
        }
        return new ActorDictionaries(countries, organisations, agents, people, stems, gaps, anyCase, null);
    }

    /**
     * This one layer with its phrases matched in any case, as PETRARCH and TABARI match them (they compare upper-cased
     * text with upper-case phrases): "turkey" is then the layer's Turkey. For peer dictionaries only, on request
     * ({@code --case-blind-actors}); Parley's case rule ({@link TokenKeys#caseCompatible}) is the default.
     *
     * @throws IllegalArgumentException when these dictionaries have more than one layer
     */
    ActorDictionaries withAnyCase() {
        if (next != null) {
            throw new IllegalArgumentException("any case is given to one layer, not to " + layers().size());
        }
        return new ActorDictionaries(countries, organisations, agents, people, stems, gaps, true, null);
    }

    /** Dictionaries that know no word at all. */
    public static ActorDictionaries empty() {
        return of(new CountryTable(List.of()), new OrganisationTable(List.of()), new AgentTable(List.of()),
                new PeopleTable(List.of()));
    }

    /** Loads the dictionaries bundled with Parley: one layer. */
    public static ActorDictionaries builtIn() {
        return new ActorDictionaries(
                CountryTableReader.resource(RESOURCE_DIR + "countries.tsv"),
                OrganisationTableReader.resource(RESOURCE_DIR + "organisations.tsv"),
                AgentTableReader.resource(RESOURCE_DIR + "agents.tsv"),
                PeopleTableReader.resource(RESOURCE_DIR + "people.tsv"));
    }

    /**
     * These dictionaries below {@code first}: the layers of {@code first} come first and take precedence, then the
     * layers of this. {@code ActorDictionaries.builtIn().with(user)} is the user's dictionaries next to Parley's.
     */
    public ActorDictionaries with(ActorDictionaries first) {
        Objects.requireNonNull(first, "first");
        List<ActorDictionaries> all = new ArrayList<>(first.layers());
        all.addAll(layers());
        ActorDictionaries out = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            ActorDictionaries l = all.get(i);
            out = new ActorDictionaries(l.countries, l.organisations, l.agents, l.people, l.stems, l.gaps, l.anyCase,
                    out);
        }
        return out;
    }

    /** Every layer, in order of precedence, each as dictionaries of one layer. */
    public List<ActorDictionaries> layers() {
        List<ActorDictionaries> out = new ArrayList<>();
        for (ActorDictionaries d = this; d != null; d = d.next) {
            out.add(d.next == null ? d : new ActorDictionaries(d.countries, d.organisations, d.agents, d.people, d.stems,
                    d.gaps, d.anyCase, null));
        }
        return List.copyOf(out);
    }

    /** Countries and territories of the first layer. */
    public CountryTable countries() {
        return countries;
    }

    /** International organisations and non-state groups of the first layer. */
    public OrganisationTable organisations() {
        return organisations;
    }

    /** Agent (sector) words of the first layer. */
    public AgentTable agents() {
        return agents;
    }

    /** People with dated roles of the first layer. */
    public PeopleTable people() {
        return people;
    }

    /** The token keys of the first layer's phrases whose last word is a stem ({@link #withStems}). */
    Set<List<String>> stems() {
        return stems;
    }

    /** For the first layer's gapped phrases, the word indexes a gap stands before ({@link #withGaps}). */
    Map<List<String>, List<Integer>> gaps() {
        return gaps;
    }

    /** Whether the first layer's phrases match in any case ({@link #withAnyCase}). */
    boolean anyCase() {
        return anyCase;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (ActorDictionaries l : layers()) {
            parts.add(l.countries.size() + " countries, " + l.organisations.size() + " organisations, "
                    + l.agents.size() + " agent terms, " + l.people.size() + " people");
        }
        return "ActorDictionaries[" + String.join(" | ", parts) + "]";
    }
}
