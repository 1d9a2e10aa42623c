package org.parley.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actors.ActorResolver;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.AnnotatedDocument;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/**
 * TEST ONLY: a fixed-phrase fake of the actors stage built from a peer suite's own actor and agent files (PETRARCH or
 * TABARI format), so the verb readers can be scored on the suites while Parley has no reader for those actor
 * formats. It is deliberately simple: phrases match whole tokens (a TABARI word without a final {@code _} as a
 * prefix), dated codes become dated roles, and an agent word next to an actor ("Arnor's foreign minister", "Osgiliath
 * soldiers", "the government of Gondor", "MSF Arnor") adds its agent code. It is no part of the product.
 */
public final class SuiteActorResolver implements ActorResolver {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3}([A-Z0-9]{3})*");

    private record Phrase(List<String> words, List<ActorRole> roles) {
    }

    private record AgentPhrase(List<String> words, String code, boolean before) {
    }

    private final List<Phrase> actors = new ArrayList<>();
    private final List<AgentPhrase> agents = new ArrayList<>();
    private final boolean stems;

    private SuiteActorResolver(boolean stems) {
        this.stems = stems;
    }

    /** Reads an actor file and an agent file; {@code tabari} makes words without a final {@code _} prefixes. */
    public static SuiteActorResolver read(Path actorFile, Path agentFile, boolean tabari) throws IOException {
        SuiteActorResolver r = new SuiteActorResolver(tabari);
        r.readActors(lines(actorFile), tabari);
        r.readAgents(lines(agentFile));
        return r;
    }

    private static List<String> lines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        boolean comment = false;
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("~~")) {
                break;
            }
            if (comment) {
                if (line.contains("-->")) {
                    comment = false;
                }
                out.add("");
                continue;
            }
            if (line.contains("<!--") || line.contains("<! --")) {
                comment = !line.contains("-->");
                out.add("");
                continue;
            }
            int cut = line.length();
            for (char c : new char[] {'#', ';'}) {
                int i = line.indexOf(c);
                if (i >= 0 && i < cut) {
                    cut = i;
                }
            }
            String kept = line.substring(0, cut);
            out.add(kept.isBlank() ? "" : kept.stripTrailing());
        }
        return out;
    }

    private void readActors(List<String> lines, boolean tabari) {
        List<List<String>> names = new ArrayList<>();
        List<String[]> codes = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("<")) {
                continue;
            }
            boolean restriction = Character.isWhitespace(line.charAt(0)) && s.startsWith("[");
            if (restriction) {
                collect(s, codes);
                continue;
            }
            if (s.startsWith("+")) {
                names.add(words(s.substring(1).replaceAll("\\[.*", "")));
                continue;
            }
            flush(names, codes);
            int bracket = s.indexOf('[');
            names.add(words(bracket < 0 ? s : s.substring(0, bracket)));
            if (bracket >= 0) {
                collect(s.substring(bracket), codes);
            }
        }
        flush(names, codes);
    }

    private static void collect(String s, List<String[]> codes) {
        Matcher m = BRACKET.matcher(s);
        while (m.find()) {
            codes.add(m.group(1).strip().split("\\s+", 2));
        }
    }

    private void flush(List<List<String>> names, List<String[]> codes) {
        if (!names.isEmpty() && !codes.isEmpty()) {
            List<ActorRole> dated = new ArrayList<>();
            List<ActorRole> always = new ArrayList<>();
            for (String[] c : codes) {
                for (String code : c[0].toUpperCase(Locale.ROOT).split("/")) {
                    if (!CODE.matcher(code).matches()) {
                        continue;
                    }
                    if (c.length == 1) {
                        always.add(ActorRole.always(Actor.of(code)));
                    } else {
                        dated.add(role(Actor.of(code), c[1].replace(" ", "")));
                    }
                }
            }
            dated.addAll(always);
            if (!dated.isEmpty()) {
                for (List<String> name : names) {
                    if (!name.isEmpty()) {
                        actors.add(new Phrase(name, dated));
                    }
                }
            }
        }
        names.clear();
        codes.clear();
    }

    private static ActorRole role(Actor actor, String restriction) {
        if (restriction.startsWith("<")) {
            return new ActorRole(actor, null, date(restriction.substring(1)).minusDays(1), "");
        }
        if (restriction.startsWith(">")) {
            return new ActorRole(actor, date(restriction.substring(1)).plusDays(1), null, "");
        }
        String[] range = restriction.split("-");
        return new ActorRole(actor, date(range[0]), date(range[1]), "");
    }

    private static LocalDate date(String d) {
        String s = d.length() == 6 ? (Integer.parseInt(d.substring(0, 2)) > 30 ? "19" : "20") + d : d;
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)));
    }

    private void readAgents(List<String> lines) {
        Map<String, List<String>> markers = new LinkedHashMap<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("<")) {
                continue;
            }
            if (s.startsWith("!") && s.contains("=")) {
                int eq = s.indexOf('=');
                List<String> values = new ArrayList<>();
                for (String v : s.substring(eq + 1).split(",")) {
                    values.add(v.strip());
                }
                markers.put(s.substring(0, eq).strip(), values);
                continue;
            }
            Matcher m = BRACKET.matcher(s);
            if (!m.find()) {
                continue;
            }
            String spec = m.group(1).replace(" ", "").toUpperCase(Locale.ROOT);
            boolean before = spec.endsWith("~");
            String code = spec.replace("~", "");
            if (!CODE.matcher(code).matches()) {
                continue;
            }
            String head = s.substring(0, s.indexOf('[')).strip();
            String plural = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                plural = head.substring(brace + 1, head.indexOf('}')).strip();
                head = head.substring(0, brace).strip();
            }
            List<String> forms = new ArrayList<>(List.of(head));
            for (Map.Entry<String, List<String>> e : markers.entrySet()) {
                if (head.contains(e.getKey())) {
                    forms.clear();
                    for (String v : e.getValue()) {
                        forms.add(head.replace(e.getKey(), v));
                    }
                }
            }
            List<String> all = new ArrayList<>(forms);
            for (String f : forms) {
                if (plural == null) {
                    String base = f.endsWith("_") ? f.substring(0, f.length() - 1) : f;
                    all.add(base.endsWith("Y") ? base.substring(0, base.length() - 1) + "IES"
                            : base.endsWith("S") ? base + "ES" : base + "S");
                }
            }
            if (plural != null && !plural.isEmpty()) {
                all.add(plural);
            }
            for (String f : all) {
                agents.add(new AgentPhrase(words(f.replace("_", " ")), code, before));
            }
        }
    }

    private List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        String p = phrase.strip().toLowerCase(Locale.ROOT).replace("=", "_");
        boolean exactAll = p.endsWith("_");
        String[] parts = p.replace("_", " ").strip().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            boolean last = i == parts.length - 1;
            out.add(stems && !(last && exactAll) && !phrase.contains(parts[i] + "_") ? parts[i] + "*" : parts[i]);
        }
        return out;
    }

    /**
     * How many tokens from {@code start} the entry's words cover, or -1: a token written with underscores
     * ("Dol_Amroth") stands for several words, nouns take a plural -s, and in TABARI's files (where a blank lets words
     * in between) "of" and "the" may stand between two words ("Prince of Dol_Amroth" for PRINCE DOL_AMROTH).
     */
    private int matchLength(Sentence s, int start, List<String> words) {
        int n = s.tokens().size();
        int t = start;
        int k = 0;
        while (k < words.size()) {
            if (t >= n) {
                return -1;
            }
            String token = s.token(t).word().toLowerCase(Locale.ROOT);
            if (token.contains("_")) {
                String[] parts = token.split("_");
                if (k + parts.length > words.size()) {
                    return -1;
                }
                for (int j = 0; j < parts.length; j++) {
                    if (!wordMatches(words.get(k + j), parts[j])) {
                        return -1;
                    }
                }
                k += parts.length;
                t++;
            } else if (wordMatches(words.get(k), token)) {
                k++;
                t++;
            } else if (stems && k > 0 && (token.equals("of") || token.equals("the"))) {
                t++;
            } else {
                return -1;
            }
        }
        return t - start;
    }

    private static boolean wordMatches(String w, String token) {
        String bare = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
        // TABARI and PETRARCH nouns take a plural -s
        return w.endsWith("*") ? token.startsWith(bare) : token.equals(bare) || token.equals(bare + "s");
    }

    private record Found(int start, int end, Object entry) {
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument document) {
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Found> found = new ArrayList<>();
            int i = 0;
            int n = s.tokens().size();
            while (i < n) {
                Found best = null;
                for (Phrase p : actors) {
                    int len = matchLength(s, i, p.words());
                    if (len > 0 && (best == null || len > best.end() - best.start())) {
                        best = new Found(i, i + len, p);
                    }
                }
                for (AgentPhrase a : agents) {
                    int len = matchLength(s, i, a.words());
                    if (len > 0 && (best == null || len > best.end() - best.start())) {
                        best = new Found(i, i + len, a);
                    }
                }
                if (best == null) {
                    i++;
                } else {
                    found.add(best);
                    i = best.end();
                }
            }
            combine(s, found, out);
        }
        return out;
    }

    /** Actors, with an adjacent agent ("Arnor's foreign minister", "soldiers from Gondor") folded into them. */
    private void combine(Sentence s, List<Found> found, List<ActorMention> out) {
        boolean[] used = new boolean[found.size()];
        Map<Integer, AgentPhrase> inherited = new LinkedHashMap<>();
        for (int k = 0; k < found.size(); k++) {
            if (!(found.get(k).entry() instanceof Phrase actor) || used[k]) {
                continue;
            }
            Found f = found.get(k);
            int start = f.start();
            int end = f.end();
            int head = f.end() - 1;
            AgentPhrase agent = inherited.get(k);
            // ACTOR ('s | modifiers)? AGENT (NAME)?: "Bree Prime Minister Romendacil", "Arnor's foreign minister"
            if (agent == null && k + 1 < found.size() && found.get(k + 1).entry() instanceof AgentPhrase a
                    && modifiersOnly(s, f.end(), found.get(k + 1).start())) {
                agent = a;
                end = found.get(k + 1).end();
                head = end - 1;
                used[k + 1] = true;
                if (k + 2 < found.size() && found.get(k + 2).start() == end
                        && found.get(k + 2).entry() instanceof Phrase) {
                    end = found.get(k + 2).end();
                    head = end - 1;
                    used[k + 2] = true;
                }
            }
            // AGENT (of|in|from) (the)? ACTOR, or a prefix agent right before: MSF Arnor
            if (agent == null && k > 0 && found.get(k - 1).entry() instanceof AgentPhrase a && !used[k - 1]) {
                Found g = found.get(k - 1);
                int gap = f.start() - g.end();
                String between = gap > 0 ? s.textOf(g.end(), f.start()).toLowerCase(Locale.ROOT) : "";
                if (gap == 0 || between.matches("(of|in|from)( the)?")) {
                    agent = a;
                    start = g.start();
                    head = gap == 0 ? f.end() - 1 : g.end() - 1;
                    used[k - 1] = true;
                    // the agent reaches the actors conjoined to this one: "lawmakers in Fornost and Gondor"
                    for (int j = k + 1; j < found.size() && found.get(j).entry() instanceof Phrase; j++) {
                        String link = s.textOf(found.get(j - 1).end(), found.get(j).start()).toLowerCase(Locale.ROOT);
                        if (!link.matches(",|and|, and|or")) {
                            break;
                        }
                        inherited.put(j, a);
                    }
                }
            }
            List<ActorRole> roles = new ArrayList<>();
            for (ActorRole r : actor.roles()) {
                Actor a = r.actor();
                if (agent != null && !a.code().endsWith(agent.code()) && !a.code().startsWith(agent.code())) {
                    a = Actor.of(agent.before() ? agent.code() + a.code() : a.code() + agent.code());
                }
                roles.add(new ActorRole(a, r.from(), r.to(), r.note()));
            }
            // a compound code (FRO/BIL/SAM) is one mention per code
            Map<String, List<ActorRole>> byCode = new LinkedHashMap<>();
            for (ActorRole r : roles) {
                if (r.from() == null && r.to() == null && roles.size() > 1 && roles.stream().allMatch(
                        x -> x.from() == null && x.to() == null)) {
                    byCode.computeIfAbsent(r.actor().code(), x -> new ArrayList<>()).add(r);
                } else {
                    byCode.computeIfAbsent("", x -> new ArrayList<>()).add(r);
                }
            }
            for (List<ActorRole> rs : byCode.values()) {
                out.add(new ActorMention(s.index(), start, end, head, s.textOf(start, end), s.spanOf(start, end),
                        MentionKind.COUNTRY, rs, "suite-fake:" + String.join(" ", actor.words())));
            }
        }
    }

    /** Tokens {@code [from, to)} are at most four possessive markers, determiners, adjectives, nouns or "and". */
    private static boolean modifiersOnly(Sentence s, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String pos = s.token(i).pos();
            if (!(pos.equals("POS") || pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN")
                    || pos.equals("CC"))) {
                return false;
            }
            if (pos.equals("CC") && i + 1 < to && !s.token(i + 1).pos().startsWith("JJ")) {
                return false; // "Ithilen and the government": two actors, not one with modifiers
            }
        }
        return true;
    }
}
