package org.dydisnix.model;

/** A place in a model file, printed as {@code file:line:col}. */
public record SourcePosition(String file, int line, int column) {

    /** A position for a whole file whose finer location is unknown. */
    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
