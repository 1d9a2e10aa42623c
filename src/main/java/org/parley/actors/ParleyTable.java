package org.parley.actors;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Parley's four dictionary tables, told apart by their header line. */
enum ParleyTable {
    COUNTRIES(CountryTableReader.HEADER),
    ORGANISATIONS(OrganisationTableReader.HEADER),
    PEOPLE(PeopleTableReader.HEADER),
    AGENTS(AgentTableReader.HEADER);

    private final List<String> header;

    ParleyTable(List<String> header) {
        this.header = header;
    }

    List<String> header() {
        return header;
    }

    /** The table whose header this line is (tab-separated, fields trimmed), if any. */
    static Optional<ParleyTable> ofHeader(String line) {
        List<String> fields = Arrays.stream(line.split("\t", -1)).map(String::trim).toList();
        for (ParleyTable t : values()) {
            if (t.header.equals(fields)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
