package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Coreference inside one document, read as an analyst reads: the actors mentioned so far, and the rules that tie a
 * later surname, pronoun or "the two sides" back to them. One instance per document; not thread-safe.
 *
 * <ul>
 *   <li>Surname: a capitalized proper noun standing alone ("Lee", "Xi", "Trump") that is the first or last word of
 *       the name of a person mentioned earlier ({@link Referent#surnameKeys}) refers to the most recent such person;
 *       in the title, which is read after the body, to the first such person of the body. "the Lee administration"
 *       and "Trump's government" are that person's country with the agent of the noun ({@code KORGOV}).</li>
 *   <li>Pronoun: "he", "him", "his", "she", "her" refer to the most recent person; "it" and "its" to a country,
 *       capital or organisation: first the subject of a clause the pronoun stands in (not the subject of the verb
 *       whose object it is), else, when nothing fitting comes before it in its sentence, the main subject of the
 *       sentence before, else the most recent one ({@link ClauseSubjects}); a dummy "it" ("it is likely", "it was
 *       reported that") refers to nothing; "they", "them", "their" to a plural group, a compound reference or
 *       coordinated actors ("Gondor and Rohan": one mention per actor), looked for as for "it"; all within the
 *       current and the two previous sentences.</li>
 *   <li>Compound: "the two sides", "both countries", "the two leaders" refer to both actors of the nearest sentence
 *       (the current one before the phrase, then up to three before it) that names actors of exactly two different
 *       countries; the phrase yields two mentions over the same words, one per actor. Each country is represented
 *       by its first person, group or institution with an agent, else its capital, else its name; a bare country
 *       takes the agent of the pair noun when it has one ("the two governments", "the two leaders": {@code BRAGOV},
 *       not {@code BRA}). A nearer
 *       sentence with three or more countries makes the reference ambiguous and yields nothing.</li>
 *   <li>Country: "the country", "the nation" (with "'s" and an agent noun: "the country's ambassador") refer to the
 *       country of the nearest sentence (the current one before the phrase, then up to two before it) whose actors
 *       are of countries: when they are all of one country, that country (bare, or with the agent); two or more
 *       make it ambiguous. With no country in reach, the article's only country, if it has one
 *       ({@link ArticleCountry}).</li>
 *   <li>Institution: "the" and an institution noun with no country ("the foreign ministry", "the government", "the
 *       army") is that institution of the country of the nearest sentence, found as for "the country"; never an
 *       institution that sits abroad (an embassy, consulate, delegation or mission), nor one placed by what follows
 *       ("the government in Minsk", "the government of India"). For both rules a capital after a preposition ("in
 *       Brussels") is a place, not a country the sentence speaks of.</li>
 *   <li>Organisation: "the bloc", "the alliance", "the union", "the organisation", "the agency" refer to the most
 *       recent organisation that is no country's, within the pronoun window ("the EU ... the bloc").</li>
 *   <li>Title: "the" and a head-of-state or office title with no name after it ("the ambassador", "the president")
 *       refers to the most recent mention within the pronoun window whose words hold the title ("Russia's
 *       ambassador").</li>
 *   <li>A personal pronoun that is the object of a verb is never that verb's own subject: in "Lula welcomed him",
 *       "him" is the person before Lula.</li>
 * </ul>
 */
final class Coreference {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> PAIR_NOUNS = Set.of("sides", "countries", "nations", "leaders", "governments",
            "neighbours", "neighbors", "allies", "states", "capitals", "presidents", "ministers");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "madam");
    private static final int PRONOUN_WINDOW = 2;
    private static final int PAIR_WINDOW = 3;

    /**
     * A remembered mention, what it refers to, the part of speech of its head (for plural "they"), whether it is a
     * capital after a preposition ("in Brussels": a place, which "the country" does not refer to), its head word in
     * lower case (an earlier "it"), whether it is the subject of its sentence's main clause, and the first conjunct
     * of the coordination its head stands in ("Gondor and Rohan": Gondor's token for both).
     */
    private record Entry(ActorMention mention, Referent referent, String headPos, boolean place, String headWord,
                         boolean mainSubject, int conjunctOf) {
    }

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
    /** Nouns that refer back to an international organisation: "the bloc" after "the EU". */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("bloc", "alliance", "union", "organisation",
            "organization", "grouping", "agency");
    /** Institutions that sit abroad: "the embassy" after "Germany summoned ..." is another country's. */
    private static final Set<String> ABROAD = Set.of("embassy", "consulate", "delegation", "mission");

    private final LocalDate documentDate;
    private final Set<String> countryCodes;
    private final Country articleCountry;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Referent> people = new ArrayList<>();
    private final Map<Referent, Integer> lastSeen = new LinkedHashMap<>();
    private boolean title;

    /** Coreference without "the country" (no country codes known). */
    Coreference(LocalDate documentDate) {
        this(documentDate, Set.of(), null);
    }

    /**
     * @param countryCodes   the codes that are countries ("the country" refers only to these)
     * @param articleCountry the article's only country, or null
     */
    Coreference(LocalDate documentDate, Set<String> countryCodes, Country articleCountry) {
        this.documentDate = Objects.requireNonNull(documentDate, "documentDate");
        this.countryCodes = Set.copyOf(countryCodes);
        this.articleCountry = articleCountry;
    }

    /** From now on sentences are the title, read after the body: surnames look forward, pronouns are left alone. */
    void startTitle() {
        title = true;
    }

    /** Remembers resolved mentions of a sentence, in text order. */
    void remember(Sentence s, Found found) {
        for (int k = 0; k < found.mentions().size(); k++) {
            Referent r = found.referents().get(k);
            ActorMention m = found.mentions().get(k);
            if (!antecedent(s, m)) {
                continue;
            }
            boolean place = m.kind() == MentionKind.CAPITAL && m.firstToken() > 0
                    && s.token(m.firstToken() - 1).pos().equals("IN");
            entries.add(new Entry(m, r, s.token(m.headToken()).pos(), place,
                    TokenKeys.key(s.token(m.headToken()).word()),
                    ClauseSubjects.mainSubject(s, m.firstToken(), m.endToken()),
                    ClauseSubjects.firstConjunct(s, m.headToken())));
            if (r.person()) {
                if (!people.contains(r)) {
                    people.add(r);
                }
                lastSeen.put(r, entries.size());
            }
        }
    }

    /**
     * Whether later words may refer back to a mention: not to a place ("Kharkiv") nor to a nationality adjective
     * that only qualifies a thing ("Japanese seafood"), which name no actor of the story; nor to a name whose discard
     * code holds ({@link org.parley.model.Actor#DISCARD}).
     */
    private boolean antecedent(Sentence s, ActorMention m) {
        return m.kind() != MentionKind.PLACE && !m.roleOn(documentDate).actor().discards()
                && !(m.kind() == MentionKind.NATIONALITY && s.token(m.headToken()).pos().startsWith("JJ"));
    }

    /**
     * A surname at token {@code i} referring to an earlier person, optionally followed by an institution noun ("the
     * Lee administration"), or null.
     */
    Found surname(Sentence s, int i, LexMatch[] lex) {
        Referent r = surnameReferent(s, i, lex);
        if (r == null) {
            return null;
        }
        int end = i + 1;
        if (end < s.tokens().size() && TokenKeys.isPossessive(s.token(end)) && end + 1 < lex.length
                && lex[end + 1] != null) {
            end++; // "Trump's administration"
        }
        LexMatch next = end < lex.length ? lex[end] : null;
        if (next != null && next.agent().isPresent() && next.agent().get().kind() == AgentKind.BODY) {
            Agent agent = next.agent().get();
            List<ActorRole> roles = withAgent(r.roles(), agent);
            ActorMention m = Mentions.of(s, i, next.end(), MentionKind.COREFERENCE, roles,
                    "coref:surname+agent->" + r.rule());
            return Found.one(m, Referent.of(m));
        }
        ActorMention m = Mentions.of(s, i, i + 1, MentionKind.COREFERENCE, r.roles(), "coref:surname->" + r.rule());
        return Found.one(m, r);
    }

    /**
     * The earlier person a lone proper noun at {@code i} names, or null. The noun must not be part of a longer
     * unknown name ("Lee Hsien Loong" is not "Lee"), nor a dictionary word itself.
     */
    Referent surnameReferent(Sentence s, int i, LexMatch[] lex) {
        Token t = s.token(i);
        if (lex[i] != null || !t.pos().startsWith("NNP") || !TokenKeys.isCapitalized(t.word())) {
            return null;
        }
        String key = TokenKeys.key(t.word());
        if (key.length() < 2 || key.endsWith(TokenKeys.POSSESSIVE)) {
            return null;
        }
        if (i > 0 && unknownName(s, i - 1, lex) && !HONORIFICS.contains(TokenKeys.key(s.token(i - 1).word()))) {
            return null;
        }
        if (i + 1 < s.tokens().size() && unknownName(s, i + 1, lex)) {
            return null;
        }
        Referent found = null;
        int best = -1;
        for (Referent r : people) {
            if (!r.nameKeys().contains(key)) {
                continue;
            }
            if (title) {
                return r;
            }
            int seen = lastSeen.getOrDefault(r, -1);
            if (seen > best) {
                best = seen;
                found = r;
            }
        }
        return found;
    }

    private static boolean unknownName(Sentence s, int k, LexMatch[] lex) {
        Token t = s.token(k);
        return lex[k] == null && t.pos().startsWith("NNP") && TokenKeys.isCapitalized(t.word())
                && !"LOCATION".equals(t.ner()) && !"ORGANIZATION".equals(t.ner());
    }

    /** A pronoun at token {@code i} and what it refers to, or null. */
    Found pronoun(Sentence s, int i) {
        if (title) {
            return null;
        }
        Token t = s.token(i);
        if (!t.pos().startsWith("PRP")) {
            return null;
        }
        String key = TokenKeys.key(t.word());
        List<Entry> antecedents = new ArrayList<>();
        if (PERSONAL.contains(key)) {
            // "Lula welcomed him": an object pronoun is never its verb's own subject ("himself" would be)
            List<Integer> own = key.endsWith("self") ? List.of() : ClauseSubjects.ownSubjects(s, i);
            java.util.function.Predicate<Entry> fits = x -> x.referent().person()
                    && (x.mention().sentence() != s.index() || own.stream().noneMatch(o -> x.mention().covers(o)));
            Entry e = reasonObject(s, i, fits);
            if (e == null) {
                e = mostRecent(s, i, fits);
            }
            if (e != null) {
                antecedents.add(e);
            }
        } else if (NEUTER.contains(key)) {
            if (key.equals("it") && ClauseSubjects.dummyIt(s, i)) {
                return null;
            }
            List<Integer> own = ClauseSubjects.ownSubjects(s, i);
            java.util.function.Predicate<Entry> fits = x -> neuter(x) && (x.mention().sentence() != s.index()
                    || own.stream().noneMatch(o -> x.mention().firstToken() <= o && o < x.mention().endToken()));
            Entry e = reasonObject(s, i, fits);
            if (e == null) {
                e = subjectAntecedent(s, i, fits.and(x -> !x.headPos().equals("NNS")));
            }
            if (e == null) {
                e = mostRecent(s, i, fits);
            }
            if (e != null) {
                antecedents.add(e);
            }
        } else if (PLURAL.contains(key)) {
            java.util.function.Predicate<Entry> group = x -> isPluralGroup(x) || sharesRange(x)
                    || conjuncts(x).size() > 1;
            Entry e = reasonObject(s, i, group);
            if (e == null) {
                e = subjectAntecedent(s, i, group);
            }
            if (e == null) {
                e = mostRecent(s, i, group);
            }
            if (e != null) {
                antecedents.addAll(sharesRange(e) || conjuncts(e).size() < 2 ? sameRange(e) : conjuncts(e));
            }
        }
        if (antecedents.isEmpty()) {
            return null;
        }
        List<ActorMention> ms = new ArrayList<>();
        List<Referent> rs = new ArrayList<>();
        for (Entry e : antecedents) {
            ms.add(Mentions.of(s, i, i + 1, MentionKind.COREFERENCE, e.referent().roles(),
                    "coref:pronoun->" + e.referent().rule()));
            rs.add(e.referent());
        }
        return new Found(ms, rs, i + 1);
    }

    /** A country, capital or organisation, or an earlier "it" or "its" that referred to one. */
    private static boolean neuter(Entry x) {
        MentionKind k = x.mention().kind();
        return !x.referent().person() && (k == MentionKind.COUNTRY || k == MentionKind.CAPITAL
                || k == MentionKind.ORGANISATION || (k == MentionKind.COREFERENCE && NEUTER.contains(x.headWord())));
    }

    /** The actors coordinated with the entry's, itself included, in text order ("Gondor and Rohan"). */
    private List<Entry> conjuncts(Entry e) {
        List<Entry> out = new ArrayList<>();
        for (Entry x : entries) {
            if (x.mention().sentence() == e.mention().sentence() && x.conjunctOf() == e.conjunctOf()
                    && !x.mention().span().equals(e.mention().span()) || x == e) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * The subject a pronoun takes up first ({@link ClauseSubjects}): the nearest subject of a clause above it, if it
     * fits; with no subject above it and no fitting
     * actor before it in its sentence, the main subject of the sentence before, if it fits. Null when neither is
     * found (the most recent fitting actor is then taken).
     */
    private Entry subjectAntecedent(Sentence s, int i, java.util.function.Predicate<Entry> ok) {
        List<Integer> above = ClauseSubjects.above(s, i);
        if (!above.isEmpty()) {
            // only the nearest subject: beyond a clause with a subject of its own the pronoun is not bound to it
            int t = above.get(0);
            for (Entry e : entries) {
                ActorMention m = e.mention();
                if (m.sentence() == s.index() && m.firstToken() <= t && t < m.endToken() && m.firstToken() < i
                        && ok.test(e)) {
                    return e;
                }
            }
            return null;
        }
        boolean earlierHere = entries.stream().anyMatch(e -> e.mention().sentence() == s.index()
                && e.mention().firstToken() < i && ok.test(e));
        if (earlierHere) {
            return null;
        }
        for (Entry e : entries) {
            if (e.mention().sentence() == s.index() - 1 && e.mainSubject() && ok.test(e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "the bloc", "the alliance", "the organisation" at token {@code i}: the most recent international or
     * non-governmental organisation (an actor whose code is no country's) within the pronoun window, or null.
     */
    Found organisation(Sentence s, int i, LexMatch[] lex) {
        int n = s.tokens().size();
        if (title || i + 1 >= n || !key(s, i).equals("the") || !ORGANISATION_NOUNS.contains(key(s, i + 1))
                || lex[i + 1] != null) {
            return null;
        }
        int end = i + 2;
        if (end < n && (s.token(end).pos().startsWith("NN") && !TokenKeys.isPossessive(s.token(end))
                || key(s, end).equals("of"))) {
            return null; // "the alliance partners", "the union of ..."
        }
        Entry e = mostRecent(s, i, x -> x.mention().kind() == MentionKind.ORGANISATION && !x.referent().person()
                && !countryCodes.contains(x.referent().rootOn(documentDate)));
        if (e == null || countryCodes.isEmpty()) {
            return null;
        }
        ActorMention m = Mentions.of(s, i, end, MentionKind.COREFERENCE, e.referent().roles(),
                "coref:the-organisation->" + e.referent().rule());
        return Found.one(m, e.referent());
    }

    /**
     * "the ambassador", "the president", "the foreign minister" at token {@code i}, with no name after it: the most
     * recent mention within the pronoun window whose words hold that title ("Russia's ambassador", "Brazilian
     * President Lula"), or null.
     */
    Found titled(Sentence s, int i, LexMatch[] lex) {
        int n = s.tokens().size();
        if (title || i + 1 >= n || !key(s, i).equals("the") || lex[i + 1] == null || lex[i + 1].agent().isEmpty()) {
            return null;
        }
        Agent agent = lex[i + 1].agent().get();
        int end = lex[i + 1].end();
        if (agent.prefix() || agent.kind() != AgentKind.HEAD && agent.kind() != AgentKind.TITLE
                || end < n && (s.token(end).pos().startsWith("NNP") || key(s, end).equals("of")
                || TokenKeys.isPossessive(s.token(end)))) {
            return null; // "the president of Brazil", "the President Lula", "the president's office"
        }
        String term = " " + agent.term() + " ";
        Entry e = mostRecent(s, i, x -> !x.mention().rule().startsWith("coref:")
                && (" " + x.mention().text().toLowerCase(java.util.Locale.ROOT) + " ").contains(term));
        if (e == null) {
            return null;
        }
        ActorMention m = Mentions.of(s, i, end, MentionKind.COREFERENCE, e.referent().roles(),
                "coref:the-title->" + e.referent().rule());
        return Found.one(m, e.referent());
    }

    private static boolean isPluralGroup(Entry e) {
        return e.mention().kind() == MentionKind.GROUP && e.headPos().endsWith("S");
    }

    private boolean sharesRange(Entry e) {
        return sameRange(e).size() > 1;
    }

    private List<Entry> sameRange(Entry e) {
        List<Entry> out = new ArrayList<>();
        for (Entry x : entries) {
            ActorMention a = x.mention();
            ActorMention b = e.mention();
            if (a.sentence() == b.sentence() && a.firstToken() == b.firstToken() && a.endToken() == b.endToken()) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * The object a possessive pronoun's "for" phrase gives the reason of, if it fits: "praised Iran for its
     * cooperation", "thanked Japan for their support", "criticized Lee for his remarks"; or the one an appeal asks to
     * stop its own course: "urged Beijing to stop its military pressure" ({@link ClauseSubjects#askedToStop}).
     */
    private Entry reasonObject(Sentence s, int i, java.util.function.Predicate<Entry> ok) {
        List<Integer> objects = new ArrayList<>(ClauseSubjects.reasonObjects(s, i));
        objects.addAll(ClauseSubjects.askedToStop(s, i));
        for (int o : objects) {
            for (Entry e : entries) {
                if (e.mention().sentence() == s.index() && e.mention().covers(o) && ok.test(e)) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entry mostRecent(Sentence s, int i, java.util.function.Predicate<Entry> ok) {
        for (int k = entries.size() - 1; k >= 0; k--) {
            Entry e = entries.get(k);
            ActorMention m = e.mention();
            if (m.sentence() < s.index() - PRONOUN_WINDOW) {
                break;
            }
            if (m.sentence() == s.index() && m.firstToken() >= i) {
                continue;
            }
            if (ok.test(e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "the two sides", "both countries", "the two countries' leaders" at token {@code i}: one mention per actor of
     * the nearest sentence with exactly two countries, or null.
     */
    Found pair(Sentence s, int i, LexMatch[] lex) {
        if (title) {
            return null;
        }
        int n = s.tokens().size();
        int k = i;
        String w0 = key(s, k);
        if (w0.equals("the") && k + 1 < n && key(s, k + 1).equals("two")) {
            k += 2;
        } else if (w0.equals("both")) {
            k += 1;
        } else {
            return null;
        }
        if (k >= n || !PAIR_NOUNS.contains(key(s, k))) {
            return null;
        }
        int end = k + 1;
        Agent agent = null;
        int after = end < n && isPossessiveAfterPlural(s, end) ? end + 1 : -1;
        if (after > 0 && after < n && lex[after] != null && lex[after].agent().isPresent()) {
            agent = lex[after].agent().get();
            end = lex[after].end();
        }
        List<Entry> pair = nearestPair(s, i, ClauseSubjects.ownSubjects(s, k));
        if (pair == null) {
            return null;
        }
        pair = mainPairOver(pair, s, i);
        Agent nounAgent = lex[k] != null && lex[k].end() == k + 1 ? lex[k].agent().filter(a -> !a.prefix()).orElse(null)
                : null;
        List<ActorMention> ms = new ArrayList<>();
        List<Referent> rs = new ArrayList<>();
        for (Entry e : pair) {
            List<ActorRole> roles = e.referent().roles();
            if (agent != null) {
                roles = withAgent(roles, agent);
            } else if (nounAgent != null && !e.referent().hasSector()) {
                roles = withAgent(roles, nounAgent); // "the two governments", "the two leaders" of a bare country
            }
            ActorMention m = Mentions.of(s, i, end, MentionKind.COREFERENCE, roles,
                    "coref:two-sides->" + e.referent().rule());
            ms.add(m);
            rs.add(Referent.of(m));
        }
        return new Found(ms, rs, end);
    }

    /** "the country", "the nation", "the country's ambassador" at token {@code i}, or null. */
    Found country(Sentence s, int i, LexMatch[] lex) {
        int n = s.tokens().size();
        if (title || i + 1 >= n || !key(s, i).equals("the") || !COUNTRY_NOUNS.contains(key(s, i + 1))
                || lex[i + 1] != null) {
            return null;
        }
        int end = i + 2;
        if (end < n && s.token(end).pos().startsWith("NN") && !TokenKeys.isPossessive(s.token(end))) {
            return null; // "the country music", "the nation state"
        }
        String code = nearestCountry(s, i);
        String rule;
        if (code != null) {
            rule = "coref:the-country->" + code;
        } else if (articleCountry != null) {
            code = articleCountry.code();
            rule = "coref:the-country->article-country:" + code;
        } else {
            return null;
        }
        Agent agent = null;
        if (end < n && TokenKeys.isPossessive(s.token(end)) && end + 1 < n && lex[end + 1] != null
                && lex[end + 1].agent().isPresent() && !lex[end + 1].agent().get().prefix()) {
            agent = lex[end + 1].agent().get();
            end = lex[end + 1].end();
        }
        Actor actor = Actor.of(agent == null ? code : agent.codeFor(code));
        ActorMention m = Mentions.of(s, i, end, MentionKind.COREFERENCE,
                new ActorRole(actor, null, null, s.textOf(i, end)), rule);
        return Found.one(m, Referent.of(m));
    }

    /** "the foreign ministry", "the government", "the army" at token {@code i}, or null. */
    Found institution(Sentence s, int i, LexMatch[] lex) {
        int n = s.tokens().size();
        if (title || i + 1 >= n || !key(s, i).equals("the") || lex[i + 1] == null
                || lex[i + 1].lexemes().size() != 1 || lex[i + 1].agent().isEmpty()) {
            return null;
        }
        Agent agent = lex[i + 1].agent().get();
        int end = lex[i + 1].end();
        // "the army of Sudan", "the ministry in Khartoum" name their own country; "accused the army of killing" not
        boolean ownCountryAfter = end < n && (key(s, end).equals("of") || key(s, end).equals("in")
                || key(s, end).equals("from")) && !(end + 1 < n && s.token(end + 1).pos().equals("VBG"));
        if (agent.prefix() || agent.kind() != AgentKind.BODY || ABROAD.contains(agent.term()) || ownCountryAfter) {
            return null;
        }
        String code = nearestCountry(s, i);
        if (code == null) {
            return null;
        }
        ActorMention m = Mentions.of(s, i, end, MentionKind.COREFERENCE,
                new ActorRole(Actor.of(agent.codeFor(code)), null, null, s.textOf(i, end)),
                "coref:the-institution->" + code + "+" + agent.code());
        return Found.one(m, Referent.of(m));
    }

    /** The one country of the nearest sentence (before token {@code i}) with actors of countries, or null. */
    private String nearestCountry(Sentence s, int i) {
        for (int back = 0; back <= PRONOUN_WINDOW; back++) {
            int target = s.index() - back;
            if (target < 1) {
                break;
            }
            Set<String> roots = new java.util.LinkedHashSet<>();
            for (Entry e : entries) {
                ActorMention m = e.mention();
                if (m.sentence() != target || back == 0 && m.firstToken() >= i || e.place()
                        || m.rule().startsWith("coref:pronoun")) {
                    continue; // a pronoun's country was named where its antecedent stands
                }
                String root = e.referent().rootOn(documentDate);
                if (countryCodes.contains(root)) {
                    roots.add(root);
                }
            }
            if (roots.size() == 1) {
                return roots.iterator().next();
            }
            if (roots.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private static boolean isPossessiveAfterPlural(Sentence s, int k) {
        String w = key(s, k);
        return w.equals(TokenKeys.POSSESSIVE) || w.equals("'");
    }

    /**
     * The two countries of the nearest sentence naming exactly two, up to {@link #PAIR_WINDOW} back; in the phrase's
     * own sentence not the subject of the verb whose object the phrase is, nor what is conjoined to it ("Arnor and
     * Gondor urged both sides to ...": the sides are others).
     */
    private List<Entry> nearestPair(Sentence s, int i, List<Integer> ownSubjects) {
        for (int back = 0; back <= PAIR_WINDOW; back++) {
            int target = s.index() - back;
            if (target < 1) {
                break;
            }
            Map<String, Entry> byRoot = new LinkedHashMap<>();
            for (Entry e : entries) {
                ActorMention m = e.mention();
                boolean beforeHere = m.firstToken() < i && !ownSubjects.contains(e.conjunctOf());
                if (m.sentence() != target || (back == 0 && !beforeHere) || m.rule().startsWith("coref:pronoun")) {
                    continue;
                }
                String root = e.referent().rootOn(documentDate);
                Entry known = byRoot.get(root);
                if (known == null || rank(e) > rank(known)) {
                    byRoot.put(root, e);
                }
            }
            if (byRoot.size() == 2) {
                return List.copyOf(byRoot.values());
            }
            if (byRoot.size() > 2) {
                return null;
            }
        }
        return null;
    }

    /**
     * The article's main pair instead of the nearest one when the nearest holds a country named only once so far
     * and two others stand out, named at least twice each and more often than any other: "Ethiopia accused Eritrea
     * ... Kenya's president spoke with Ethiopia's prime minister. The two countries fought a war" are Ethiopia and
     * Eritrea. Each is taken by its latest mention before the phrase, the best-ranked one of its sentence.
     */
    private List<Entry> mainPairOver(List<Entry> nearest, Sentence s, int i) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Entry> latest = new LinkedHashMap<>();
        for (Entry e : entries) {
            ActorMention m = e.mention();
            if (m.sentence() > s.index() || m.sentence() == s.index() && m.firstToken() >= i || e.place()
                    || m.kind() == MentionKind.COREFERENCE) {
                continue;
            }
            String root = e.referent().rootOn(documentDate);
            counts.merge(root, 1, Integer::sum);
            Entry known = latest.get(root);
            if (known == null || known.mention().sentence() < m.sentence() || rank(e) > rank(known)) {
                latest.put(root, e);
            }
        }
        boolean passing = nearest.stream().anyMatch(e -> counts.getOrDefault(e.referent().rootOn(documentDate), 0) < 2);
        List<String> ranked = counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
        if (!passing || ranked.size() < 2 || counts.get(ranked.get(1)) < 2
                || ranked.size() > 2 && counts.get(ranked.get(2)) >= counts.get(ranked.get(1))) {
            return nearest;
        }
        return List.of(latest.get(ranked.get(0)), latest.get(ranked.get(1)));
    }

    /**
     * How well a mention stands for its country in a compound reference: a person, group or institution with an
     * agent best, then a capital (often only the place of the talks), then a bare country.
     */
    private static int rank(Entry e) {
        if (!e.referent().hasSector()) {
            return 0;
        }
        return e.mention().kind() == MentionKind.CAPITAL ? 1 : 2;
    }

    /** The roles an institution of the referent has: its government roles with the noun's agent instead. */
    static List<ActorRole> withAgent(List<ActorRole> roles, Agent agent) {
        List<ActorRole> out = new ArrayList<>();
        for (ActorRole r : roles) {
            if (r.actor().sector().isEmpty() || r.actor().sector().equals("GOV")) {
                out.add(new ActorRole(Actor.of(agent.codeFor(r.actor().country())), r.from(), r.to(), r.note()));
            }
        }
        if (out.isEmpty()) {
            out.add(ActorRole.always(Actor.of(agent.codeFor(roles.get(0).actor().country()))));
        }
        return out;
    }

    private static String key(Sentence s, int k) {
        return TokenKeys.key(s.token(k).word());
    }
}
