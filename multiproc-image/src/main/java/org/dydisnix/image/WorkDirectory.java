package org.dydisnix.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for one build, removed when the build ends, and also when the JVM is ended
 * by INT or TERM while the build runs.
 */
final class WorkDirectory implements AutoCloseable {
    private final Path path;
    private final Thread cleanup;

    private WorkDirectory(Path path) {
        this.path = path;
        this.cleanup = new Thread(() -> delete(path), "dydisnix-image-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** A new empty directory in the system's temporary directory. */
    static WorkDirectory create() throws IOException {
        return new WorkDirectory(Files.createTempDirectory("dydisnix-image-"));
    }

    /** The directory. */
    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        delete(path);
    }

    /** Deletes a file or directory tree, best effort. */
    static void delete(Path path) {
        if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException e) {
                                    // best effort: a file may vanish or be busy
                                }
                            });
        } catch (IOException e) {
            // best effort
        }
    }
}
