package org.parley.cli;

import org.parley.app.Engine;

/** Loads the engine the commands use. */
final class Engines {
    private Engines() {
    }

    static Engine standard() {
        return Engine.shared();
    }

    static Engine withActors(org.parley.actors.ActorDictionaries dictionaries, String dictionaryVersion) {
        return Engine.withActors(dictionaries, dictionaryVersion);
    }
}
