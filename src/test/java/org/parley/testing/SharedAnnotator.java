package org.parley.testing;

import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/** One CoreNLP annotator per test JVM: loading the models takes seconds and gigabytes. */
public final class SharedAnnotator {
    private SharedAnnotator() {
    }

    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(NlpConfig.standard());
    }

    public static CoreNlpAnnotator get() {
        return Holder.INSTANCE;
    }
}
