package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lines written all in capitals (wire headlines, some feeds: "NORTH KOREA FIRES MISSILE INTO SEA OF JAPAN") read in
 * their usual case before the NLP stage sees them. The tagger, NER and parser are trained on mixed-case text and
 * read every word in capitals as a proper noun, so such a line is parsed badly; CoreNLP's truecaser, a sequence
 * model over the line's words, gives each word its most likely case ("North Korea fires missile into Sea of
 * Japan"). Only a line that is nearly all upper case is touched ({@link #isAllCaps}); each word is replaced by its
 * truecased form only when that is the same letters in another case, so the text keeps its length and every offset
 * stays the original's. The truecasing model is large (about 100 MB compressed, some 700 MB of heap, seconds to
 * load): it is loaded on the first line that needs it, and never for text in ordinary case.
 */
public final class AllCapsText {
    /** The least share of upper-case letters among a line's letters for the line to count as written in capitals. */
    static final double MIN_UPPER_SHARE = 0.9;
    /** The fewest words of letters a line in capitals needs: a one- or two-word label ("BREAKING", "UPDATE 2") is left. */
    static final int MIN_WORDS = 3;

    private final Supplier<StanfordCoreNLP> truecaser;
    private volatile StanfordCoreNLP loaded;

    /** Truecasing with CoreNLP's model ({@link NlpConfig#truecaseProperties}), loaded on first use. */
    public AllCapsText() {
        this(() -> new StanfordCoreNLP(NlpConfig.truecaseProperties()));
    }

    AllCapsText(Supplier<StanfordCoreNLP> truecaser) {
        this.truecaser = Objects.requireNonNull(truecaser, "truecaser");
    }

    /**
     * Whether a line is written in capitals: at least {@link #MIN_WORDS} words holding letters, and at least
     * {@link #MIN_UPPER_SHARE} of its letters upper case ("ARNOR IS ABOUT TO RESTORE TIES", "U.S. TROOPS LEAVE
     * IRAQ'S BASES"; not "NATO, the EU and the UN met").
     */
    public static boolean isAllCaps(String line) {
        int letters = 0;
        int upper = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            }
        }
        return words >= MIN_WORDS && upper >= MIN_UPPER_SHARE * letters;
    }

    /** The text with each line written in capitals truecased; the same length, and itself when no line is. */
    public String apply(String text) {
        Objects.requireNonNull(text, "text");
        char[] out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (isAllCaps(line)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                truecase(line, out, start);
            }
            start = end + 1;
        }
        return out == null ? text : new String(out);
    }

    /** Writes the truecased words of {@code line}, which starts at {@code offset} of the text, into {@code out}. */
    private void truecase(String line, char[] out, int offset) {
        Annotation a = new Annotation(line);
        model().annotate(a);
        for (CoreLabel l : a.get(CoreAnnotations.TokensAnnotation.class)) {
            String cased = l.get(CoreAnnotations.TrueCaseTextAnnotation.class);
            int b = l.beginPosition();
            int e = l.endPosition();
            if (cased == null || b < 0 || e > line.length() || cased.length() != e - b) {
                continue;
            }
            String original = line.substring(b, e);
            if (!cased.equals(original) && cased.toLowerCase(Locale.ROOT).equals(original.toLowerCase(Locale.ROOT))) {
                cased.getChars(0, cased.length(), out, offset + b);
            }
        }
    }

    private StanfordCoreNLP model() {
        StanfordCoreNLP m = loaded;
        if (m == null) {
            synchronized (this) {
                m = loaded;
                if (m == null) {
                    m = truecaser.get();
                    loaded = m;
                }
            }
        }
        return m;
    }

    /** Whether the truecasing model has been loaded (by a line in capitals). */
    boolean isLoaded() {
        return loaded != null;
    }
}
