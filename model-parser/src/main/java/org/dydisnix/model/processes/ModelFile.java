package org.dydisnix.model.processes;

/**
 * A file the processes model puts into the system (a Nix {@code builtins.toFile} result or a JSON
 * file object): its absolute path, its text and its permission bits.
 */
public record ModelFile(String path, String content, int mode) {

    /** Mode of an ordinary configuration file. */
    public static final int DEFAULT_MODE = 0644;

    /** Mode of a file that is run as a program. */
    public static final int EXECUTABLE_MODE = 0755;
}
