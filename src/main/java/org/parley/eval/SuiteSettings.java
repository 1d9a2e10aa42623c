package org.parley.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.events.CodingOptions;
import org.parley.events.CodingScope;
import org.parley.events.CommaClauses;
import org.parley.events.DefaultReach;
import org.parley.model.Actor;

/**
 * The coding options of a suite run as its control commands set them, in record order: starts from the given
 * options ({@link CodingOptions#STANDARD} unless the command line set some), applies each command it can honour, and keeps apart the ones it cannot.
 *
 * <p>Honoured (TABARI's option syntax): {@code SET: MINIMUM WORDS = N}, {@code DEFAULT: SOURCE [CODE] PRIOR TARGET
 * [CODE] AFTER} and {@code DEFAULT: OFF}; {@code SET: CONVERT AGENT = TRUE|FALSE} (agent words with no actor coded as
 * actors of unknown country, {@link CodingOptions#unknownCountryAgents}); and PETRARCH's {@code require_dyad}
 * ({@code SET: REQUIRE_DYAD = TRUE|FALSE}, {@link CodingOptions#requireDyad}) and {@code new_actor_length}
 * ({@code SET: NEW_ACTOR_LENGTH = N}, {@link CodingOptions#newActorLength}: uncoded noun phrases of at most N words
 * named by their words, as such a suite's expected events write them). Parley reads an event's source from
 * the verb's subject side and its target from the object side, which is what TABARI's {@code PRIOR} (a source only before the verb) and {@code AFTER} (a
 * target only after it) ask for; without them TABARI first looks for the missing actor on the other side of the
 * verb ({@link DefaultReach#EITHER_SIDE}). The comma-clause settings, TABARI's {@code COMMA: MIN = .. MAX = .. BMIN
 * = .. BMAX = .. EMIN = .. EMAX = ..} and {@code COMMA: OFF}, and PETRARCH's {@code comma_min}, {@code comma_max},
 * {@code comma_bmin}, {@code comma_bmax}, {@code comma_emin}, {@code comma_emax} (as {@code SET: COMMA_MIN = N}),
 * set {@link CommaClauses}; a setting that names some lengths while comma clauses are off starts from
 * {@link CommaClauses#PEER_DEFAULTS} for the others.
 *
 * <p>Also honoured: {@code SET: CODE BY CLAUSE}, {@code SET: CODE BY SENTENCE} and {@code SET: CODE ALL} (the
 * {@link CodingScope}), and {@code FORWARD: MASK} / {@code FORWARD: MASK OFF}, which group records into stories by
 * their ids ({@link StoryMask}): TABARI forwards an actor to a pronoun of a later sentence of the same story, and
 * Parley, coding a story's sentences as one article, resolves such pronouns as it does in any article.
 */
final class SuiteSettings {
    private static final Pattern MINIMUM_WORDS = Pattern.compile("SET: MINIMUM WORDS = (\\d+)");
    private static final Pattern DEFAULT_SOURCE = Pattern.compile("\\bSOURCE \\[([^\\]]*)\\]( PRIOR)?");
    private static final Pattern DEFAULT_TARGET = Pattern.compile("\\bTARGET \\[([^\\]]*)\\]( AFTER)?");
    /** PETRARCH's {@code require_dyad} (a suite's {@code notes.options}). */
    private static final Pattern REQUIRE_DYAD = Pattern.compile("SET: REQUIRE_DYAD = (TRUE|FALSE)");
    /** PETRARCH's {@code new_actor_length} (a suite's {@code notes.options}). */
    private static final Pattern NEW_ACTOR_LENGTH = Pattern.compile("SET: NEW_ACTOR_LENGTH = (\\d{1,4})");
    /** TABARI's {@code SET: CONVERT AGENT}. */
    private static final Pattern CONVERT_AGENT = Pattern.compile("SET: CONVERT AGENT = (TRUE|FALSE)");
    private static final Pattern FORWARD = Pattern.compile("FORWARD: (\\S+)( DOC)?( OFF)?");
    private static final Pattern COMMA_LENGTH = Pattern.compile("(?<![A-Z])(B|E)?(MIN|MAX) = (\\d+)");
    private static final Pattern PEER_COMMA = Pattern.compile("SET: COMMA_(B|E)?(MIN|MAX) = (\\d+)");

    private CodingOptions options;
    private Optional<StoryMask> stories = Optional.empty();
    private final LinkedHashSet<String> applied = new LinkedHashSet<>();
    private final LinkedHashSet<String> unsupported = new LinkedHashSet<>();

    /** @param start the options before the first command */
    SuiteSettings(CodingOptions start) {
        this.options = Objects.requireNonNull(start, "start");
    }

    /** The options the commands so far set. */
    CodingOptions options() {
        return options;
    }

    /**
     * How record ids group records into stories ({@code FORWARD:}), if a command set it: the sentences of one story
     * are coded together, as one article, so that a pronoun may refer to an actor of an earlier sentence.
     */
    Optional<StoryMask> stories() {
        return stories;
    }

    /** The distinct commands applied, in the order first seen. */
    List<String> applied() {
        return List.copyOf(applied);
    }

    /** The distinct commands Parley cannot honour (or honours only in part), in the order first seen. */
    List<String> unsupported() {
        return List.copyOf(unsupported);
    }

    /** Applies one command, e.g. {@code SET: MINIMUM WORDS = 4}; case and runs of blanks do not matter. */
    void apply(String command) {
        String c = command.strip().replaceAll("\\s+", " ").replaceAll(" ?: ?", ": ").replaceAll(" ?= ?", " = ")
                .toUpperCase(Locale.ROOT);
        Matcher words = MINIMUM_WORDS.matcher(c);
        if (words.matches()) {
            options = options.withMinimumWords(Integer.parseInt(words.group(1)));
            applied.add(c);
        } else if (REQUIRE_DYAD.matcher(c).matches()) {
            options = options.withRequireDyad(c.endsWith("TRUE"));
            applied.add(c);
        } else if (NEW_ACTOR_LENGTH.matcher(c).matches()) {
            options = options.withNewActorLength(Integer.parseInt(c.substring(c.lastIndexOf(' ') + 1)));
            applied.add(c);
        } else if (CONVERT_AGENT.matcher(c).matches()) {
            options = options.withUnknownCountryAgents(c.endsWith("TRUE"));
            applied.add(c);
        } else if (c.equals("DEFAULT: OFF")) {
            options = options.withDefaults(Optional.empty(), Optional.empty());
            applied.add(c);
        } else if (c.startsWith("DEFAULT: ")) {
            defaults(c);
        } else if (scope(c).isPresent()) {
            options = options.withScope(scope(c).get());
            applied.add(c);
        } else if (FORWARD.matcher(c).matches()) {
            forward(c);
        } else if (c.equals("COMMA: OFF")) {
            options = options.withCommaClauses(CommaClauses.OFF);
            applied.add(c);
        } else if (c.startsWith("COMMA: ") || PEER_COMMA.matcher(c).matches()) {
            comma(c);
        } else {
            unsupported.add(c);
        }
    }

    /** TABARI's {@code SET: CODE BY CLAUSE}, {@code SET: CODE BY SENTENCE} and {@code SET: CODE ALL}. */
    private static Optional<CodingScope> scope(String c) {
        return switch (c) {
            case "SET: CODE BY CLAUSE" -> Optional.of(CodingScope.CLAUSE);
            case "SET: CODE BY SENTENCE" -> Optional.of(CodingScope.SENTENCE);
            case "SET: CODE ALL" -> Optional.of(CodingScope.ALL);
            default -> Optional.empty();
        };
    }

    /** {@code FORWARD: MASK} groups records into stories, {@code FORWARD: MASK OFF} stops; {@code DOC} is not read. */
    private void forward(String c) {
        Matcher m = FORWARD.matcher(c);
        m.matches();
        try {
            stories = m.group(3) != null ? Optional.empty() : Optional.of(new StoryMask(m.group(1)));
        } catch (IllegalArgumentException e) {
            unsupported.add(c + " (" + e.getMessage() + ")");
            return;
        }
        applied.add(c);
        if (m.group(2) != null) {
            unsupported.add(c + " (DOC: document ids are not read; stories come from record ids)");
        }
    }

    private void defaults(String c) {
        Matcher source = DEFAULT_SOURCE.matcher(c);
        Matcher target = DEFAULT_TARGET.matcher(c);
        boolean hasSource = source.find();
        boolean hasTarget = target.find();
        if (!hasSource && !hasTarget) {
            unsupported.add(c);
            return;
        }
        Optional<Actor> from;
        Optional<Actor> to;
        try {
            from = hasSource ? Optional.of(Actor.of(source.group(1))) : Optional.empty();
            to = hasTarget ? Optional.of(Actor.of(target.group(1))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            unsupported.add(c + " (" + e.getMessage() + ")");
            return;
        }
        DefaultReach fromReach = hasSource && source.group(2) == null ? DefaultReach.EITHER_SIDE : DefaultReach.OWN_SIDE;
        DefaultReach toReach = hasTarget && target.group(2) == null ? DefaultReach.EITHER_SIDE : DefaultReach.OWN_SIDE;
        options = options.withDefaults(from, fromReach, to, toReach);
        applied.add(c);
    }

    /** A comma-clause setting: every {@code [B|E]MIN|MAX = N} it names, the other lengths kept. */
    private void comma(String c) {
        Matcher m = COMMA_LENGTH.matcher(c);
        CommaClauses clauses = options.commaClauses().active() ? options.commaClauses() : CommaClauses.PEER_DEFAULTS;
        boolean any = false;
        try {
            while (m.find()) {
                any = true;
                int n = Integer.parseInt(m.group(3));
                boolean min = m.group(2).equals("MIN");
                String place = m.group(1) == null ? "" : m.group(1);
                CommaClauses.Range r = switch (place) {
                    case "B" -> clauses.begin();
                    case "E" -> clauses.end();
                    default -> clauses.middle();
                };
                r = min ? r.withMin(n) : r.withMax(n);
                clauses = switch (place) {
                    case "B" -> clauses.withBegin(r);
                    case "E" -> clauses.withEnd(r);
                    default -> clauses.withMiddle(r);
                };
            }
        } catch (NumberFormatException e) {
            any = false;
        }
        if (!any) {
            unsupported.add(c);
            return;
        }
        options = options.withCommaClauses(clauses);
        applied.add(c);
    }
}
