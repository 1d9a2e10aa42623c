package org.parley.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.actors.ActorDictionaries;
import org.parley.actors.DictionaryFormat;
import org.parley.actors.DictionaryFormatException;
import org.parley.actors.UserDictionaries;
import org.parley.app.Engine;
import org.parley.events.CodingOptions;
import org.parley.events.CodingScope;
import org.parley.model.Actor;
import org.parley.pipeline.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command that codes articles shares. */
final class EngineOptions {
    @Option(names = "--threads", description = "Worker threads for NLP (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--verbose", description = "Show CoreNLP's own log messages.")
    boolean verbose;

    @Option(names = "--actors", paramLabel = "FILE", description = "An actor dictionary (PETRARCH, TABARI, or one of "
            + "Parley's countries/organisations/people tables); repeatable. Used before Parley's own: a phrase it "
            + "defines means what it says there; an earlier file wins over a later one.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE", description = "An agent dictionary (PETRARCH, TABARI, or "
            + "Parley's agents table); repeatable.")
    List<Path> agents = new ArrayList<>();

    @Option(names = "--dictionary-format", paramLabel = "FORMAT", converter = Options.DictionaryFormatConverter.class,
            description = "Format of every --actors and --agents file: petrarch, tabari or parley (default: "
                    + "detected per file from its content).")
    DictionaryFormat dictionaryFormat;

    @Option(names = "--no-builtin-actors", description = "Use only the --actors and --agents files, not Parley's own "
            + "actor dictionaries.")
    boolean noBuiltinActors;

    @Option(names = "--verbs", paramLabel = "FILE", description = "Add a verb dictionary: PETRARCH, TABARI or Parley's "
            + "pattern format, told apart by the content (repeatable).")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--no-builtin-verbs", description = "Code with the --verbs dictionaries only, without Parley's "
            + "built-in patterns.")
    boolean noBuiltinVerbs;

    @Option(names = "--keep-dictionary-codes", description = "Keep the patterns of --verbs files whose codes are not "
            + "CAMEO codes (WEIS or a dictionary's own): their events carry the code as written, with QuadClass 0. "
            + "Keep also the actor codes of PETRARCH and TABARI --actors files outside CAMEO's groups of three "
            + "([ITHTV]: root ITH, sector TV), as written.")
    boolean keepDictionaryCodes;

    @Option(names = "--case-blind-actors", description = "Match the phrases of PETRARCH and TABARI --actors and "
            + "--agents files in any case, as those programs do (they compare upper-cased text): \"turkey\" is then "
            + "their Turkey. For their validation suites; Parley's own dictionaries always keep their case rule "
            + "(default: a phrase's capitals must be capitals in the text).")
    boolean caseBlindActors;

    @Option(names = "--discards", paramLabel = "FILE", description = "Add a discard list in PETRARCH's format "
            + "(repeatable); Parley's built-in list always applies.")
    List<Path> discards = new ArrayList<>();

    @Option(names = "--min-words", paramLabel = "N", description = "Code only sentences of at least N words (runs of "
            + "characters between blanks), to skip headlines and fragments (default: every sentence).")
    int minWords;

    @Option(names = "--default-source", paramLabel = "CODE", description = "The source actor of an event whose sentence "
            + "names none, e.g. the government whose statements a feed carries (default: such an event is not coded).")
    String defaultSource;

    @Option(names = "--default-target", paramLabel = "CODE", description = "The target actor of an event whose sentence "
            + "names none (default: such an event is not coded).")
    String defaultTarget;

    @Option(names = "--require-dyad", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "An event needs a source and a target (the default); --no-require-dyad keeps an event "
                    + "whose sentence names one side only, the other coded --- (no actor), as PETRARCH's "
                    + "require_dyad = false does.")
    boolean requireDyad = true;

    @Option(names = "--unknown-country-agents", description = "Code an agent word that no country qualifies "
            + "(\"the government\", \"police\", \"a senior official\") as an actor of unknown country: ---GOV, "
            + "---COP, as PETRARCH does and TABARI with SET: CONVERT AGENT = TRUE (default: such a word is no actor "
            + "unless the article names one country only).")
    boolean unknownCountryAgents;

    @Option(names = "--new-actor-length", paramLabel = "N", description = "Name a noun phrase that no dictionary "
            + "codes, of at most N words, in an actor's place by its words in upper case (\"the Ministry of Magic\" "
            + "is THE MINISTRY OF MAGIC), as PETRARCH's new_actor_length does (default: 0, such a phrase is no "
            + "actor).")
    int newActorLength;

    @Option(names = "--passive-needs-by", description = "Read a verb as passive only when it has a by phrase, as "
            + "PETRARCH-2 does: \"Gondor was criticized over its dispute with Rohan\" then codes Gondor criticizing "
            + "Rohan (default: a passive verb's subject is the one done to, with or without a by phrase).")
    boolean passiveNeedsBy;

    @Option(names = "--code-by", paramLabel = "SCOPE", description = "How many events a sentence may yield: phrase "
            + "(every event, each verb phrase once by its highest coded verb; the default), all (every verb and event "
            + "word, also infinitives and event words below a coded one), clause (the first event of each main or "
            + "coordinated clause), sentence (the first event of the sentence).")
    String codeBy;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The settings of the events stage the command line asks for ({@link CodingOptions#STANDARD} when none). */
    CodingOptions codingOptions() {
        if (minWords < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-words must be 0 or more");
        }
        if (newActorLength < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--new-actor-length must be 0 or more");
        }
        return new CodingOptions(minWords, actor("--default-source", defaultSource),
                actor("--default-target", defaultTarget)).withScope(scope()).withRequireDyad(requireDyad)
                .withUnknownCountryAgents(unknownCountryAgents).withNewActorLength(newActorLength)
                .withPassiveNeedsBy(passiveNeedsBy);
    }

    private CodingScope scope() {
        if (codeBy == null) {
            return CodingScope.PHRASE;
        }
        try {
            return CodingScope.parse(codeBy);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--code-by: " + e.getMessage());
        }
    }

    private Optional<Actor> actor(String option, String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            Actor a = Actor.of(code);
            if (a.isNone()) {
                throw new IllegalArgumentException("--- is no actor");
            }
            return Optional.of(a);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    Engine load() {
        Options.quietNlp(verbose);
        CodingOptions coding = codingOptions();
        Engine engine = actorEngine();
        if (noBuiltinVerbs && verbs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--no-builtin-verbs needs at least one --verbs FILE");
        }
        if (!verbs.isEmpty() || !discards.isEmpty()) {
            engine = Engines.withEvents(engine, verbs, !noBuiltinVerbs, discards, keepDictionaryCodes,
                    spec.commandLine().getErr());
        }
        return coding.equals(CodingOptions.STANDARD) ? engine : engine.withCoding(coding);
    }

    /** The engine with the actor dictionaries of the command line (the shared standard engine when none is given). */
    private Engine actorEngine() {
        if (actors.isEmpty() && agents.isEmpty()) {
            if (noBuiltinActors) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--no-builtin-actors needs at least one --actors or --agents file");
            }
            if (dictionaryFormat != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--dictionary-format applies to --actors and --agents files, and none is given");
            }
            if (caseBlindActors) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--case-blind-actors applies to --actors and --agents files, and none is given");
            }
            return Engines.standard();
        }
        UserDictionaries user;
        try {
            user = UserDictionaries.load(actors, agents, dictionaryFormat, keepDictionaryCodes);
        } catch (DictionaryFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "dictionary error: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " ("
                    + e.getCause().getClass().getSimpleName() + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("parley: actor dictionaries: " + user.describe()
                + (noBuiltinActors ? " only" : ", then Parley's own") + (caseBlindActors ? " (peer files in any case)" : "")
                + "; " + user.warnings().size() + " warnings");
        for (String line : user.summary()) {
            err.println("parley:   " + line);
        }
        err.flush();
        ActorDictionaries own = caseBlindActors ? user.caseBlindDictionaries() : user.dictionaries();
        ActorDictionaries dictionaries = noBuiltinActors ? own : ActorDictionaries.builtIn().with(own);
        String version = Versions.DICTIONARIES + "; actors: " + user.describe()
                + (noBuiltinActors ? " only" : " + built-in") + (caseBlindActors ? "; any case" : "");
        return Engines.withActors(dictionaries, version);
    }
}
