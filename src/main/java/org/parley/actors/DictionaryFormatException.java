package org.parley.actors;

/**
 * A dictionary file that cannot be read as documented: the message names the file and the line, so a broken entry
 * is never skipped silently.
 */
public final class DictionaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public DictionaryFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public DictionaryFormatException(String file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** Name of the file the problem is in. */
    public String file() {
        return file;
    }

    /** 1-based line number of the problem (0 when the file as a whole is wrong, e.g. empty). */
    public int line() {
        return line;
    }
}
