package org.parley.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.actors.ActorResolver;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.AnnotatedDocument;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/**
 * A hand-written fake of the actors stage for tests of later stages: resolves fixed phrases to fixed codes,
 * longest phrase first, matching whole tokens case-insensitively. A phrase may map to several codes (a compound
 * reference such as "the two sides").
 */
public final class PhraseActorResolver implements ActorResolver {
    private final Map<List<String>, List<String>> phrases = new LinkedHashMap<>();
    private final Map<List<String>, MentionKind> kinds = new LinkedHashMap<>();

    public PhraseActorResolver add(String phrase, MentionKind kind, String... codes) {
        List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+"));
        phrases.put(words, List.of(codes));
        kinds.put(words, kind);
        return this;
    }

    public PhraseActorResolver add(String phrase, String... codes) {
        return add(phrase, MentionKind.COUNTRY, codes);
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument document) {
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            int i = 0;
            while (i < s.tokens().size()) {
                List<String> best = null;
                for (List<String> words : phrases.keySet()) {
                    if (matches(s, i, words) && (best == null || words.size() > best.size())) {
                        best = words;
                    }
                }
                if (best == null) {
                    i++;
                    continue;
                }
                int end = i + best.size();
                for (String code : phrases.get(best)) {
                    out.add(new ActorMention(s.index(), i, end, end - 1, s.textOf(i, end), s.spanOf(i, end),
                            kinds.get(best), List.of(ActorRole.always(Actor.of(code))), "test:" + String.join(" ", best)));
                }
                i = end;
            }
        }
        return out;
    }

    private static boolean matches(Sentence s, int start, List<String> words) {
        if (start + words.size() > s.tokens().size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!s.token(start + k).word().equalsIgnoreCase(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
