package org.parley.pipeline;

/** Versions recorded in every event's provenance. */
public final class Versions {
    /** Parley's code version. */
    public static final String CODE = "0.1.0";
    /** Version of the built-in dictionaries (actors, verbs, CAMEO table); bump on any change to them. */
    public static final String DICTIONARIES = "parley-dict-2026.11.29";

    private Versions() {
    }
}
