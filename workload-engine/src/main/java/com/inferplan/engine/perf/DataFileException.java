package com.inferplan.engine.perf;

/** A data file that breaks its schema: the file, the key (dotted path), the line and why. */
public final class DataFileException extends RuntimeException {

    private final String file;
    private final String key;
    private final int line;

    public DataFileException(String file, String key, int line, String reason) {
        super(file + " line " + line + ", key '" + key + "': " + reason);
        this.file = file;
        this.key = key;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public String key() {
        return key;
    }

    public int line() {
        return line;
    }
}
