package org.parley.actors;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Access to the dictionary fixtures in {@code src/test/resources/actors/} and to inline test files. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/actors/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    /** A small file of text, lines joined by newlines, as a stream. */
    static InputStream text(String... lines) {
        return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** The four mini dictionaries together. */
    static ActorDictionaries mini() {
        return new ActorDictionaries(CountryTableReader.read(path("countries-mini.tsv")),
                OrganisationTableReader.read(path("organisations-mini.tsv")),
                AgentTableReader.read(path("agents-mini.tsv")), PeopleTableReader.read(path("people-mini.tsv")));
    }
}
