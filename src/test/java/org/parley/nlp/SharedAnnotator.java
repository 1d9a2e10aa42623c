package org.parley.nlp;

/**
 * One CoreNLP annotator per test JVM: loading the models takes seconds and gigabytes, so every test that needs the
 * real NLP stage shares this instance ({@link CoreNlpAnnotator#annotate} is thread-safe).
 */
public final class SharedAnnotator {
    private static Annotator instance;

    private SharedAnnotator() {
    }

    /** The shared annotator with the standard configuration, loaded on first use. */
    public static synchronized Annotator get() {
        if (instance == null) {
            instance = new CoreNlpAnnotator(NlpConfig.standard());
        }
        return instance;
    }
}
