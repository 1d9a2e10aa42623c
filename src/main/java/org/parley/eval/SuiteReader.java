package org.parley.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a suite file: one JSON record per line; a bad line is an error naming the file and line. */
public final class SuiteReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public List<SuiteRecord> read(Path file) throws IOException {
        List<SuiteRecord> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String origin = file + ":" + lineNo;
            try {
                out.add(SuiteRecord.fromJson(mapper.readTree(line), origin));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(origin + ": not valid JSON: " + e.getOriginalMessage());
            }
        }
        return out;
    }
}
