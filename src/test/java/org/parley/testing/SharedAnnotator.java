package org.parley.testing;

import org.parley.app.Engine;
import org.parley.nlp.Annotator;

/**
 * One CoreNLP annotator per test JVM, the shared engine's: loading the models takes seconds and gigabytes, so every
 * test that needs real parses (and the CLI tests, which use {@link Engine#shared()}) share one instance.
 */
public final class SharedAnnotator {
    private SharedAnnotator() {
    }

    public static Annotator get() {
        return Engine.shared().annotator();
    }
}
