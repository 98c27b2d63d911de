package org.dydisnix.nix;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/**
 * The files the evaluator reads: the disk, and below a store path the source it was copied from (as
 * its filter left it) or the text {@code builtins.toFile} gave it. Nothing is written.
 */
final class StoreFiles {
    private static final String NO_ENTRY = "No such file or directory";
    private static final String NOT_DIRECTORY = "Not a directory";

    /** What a store path holds. */
    sealed interface Origin {}

    /** A source copied to the store, with the filter that chose its entries (or null). */
    record Copied(Path source, Store.Filter filter) implements Origin {}

    /** A text file written by {@code builtins.toFile}. */
    record Text(byte[] content) implements Origin {}

    /**
     * Where a path's content is: on disk (entries below it chosen by a filter), in memory, nowhere.
     */
    sealed interface Located {}

    record OnDisk(Path file, Store.Filter filter) implements Located {}

    record InMemory(byte[] content) implements Located {}

    record Missing(String errno) implements Located {}

    private final Store store;
    private final Map<String, Boolean> kept = new HashMap<>();

    StoreFiles(Store store) {
        this.store = store;
    }

    /** Where the content of a path (absolute, canonical) is. */
    Located locate(String path, SourcePosition at) {
        if (!path.startsWith(Store.STORE_DIR + "/")) {
            return new OnDisk(Paths.file(path, at), null);
        }
        int end = path.indexOf('/', Store.STORE_DIR.length() + 1);
        String storePath = end < 0 ? path : path.substring(0, end);
        String below = end < 0 ? "" : path.substring(end + 1);
        Origin origin = store.origin(storePath);
        if (origin == null) {
            throw IoBuiltins.notBuildable(at, "cannot read '" + path + "' from the Nix store");
        }
        if (origin instanceof Text text) {
            return below.isEmpty() ? new InMemory(text.content()) : new Missing(NOT_DIRECTORY);
        }
        Copied copied = (Copied) origin;
        Path file = copied.source();
        for (String part : below.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (copied.filter() != null && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Path entry = file.resolve(part);
                if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)
                        && !keeps(copied.filter(), entry)) {
                    return new Missing(NO_ENTRY);
                }
            }
            file = file.resolve(part);
        }
        return new OnDisk(file, copied.filter());
    }

    private boolean keeps(Store.Filter filter, Path entry) {
        String key = System.identityHashCode(filter) + ":" + entry;
        Boolean known = kept.get(key);
        if (known == null) {
            known = filter.keep(entry.toString(), Store.type(entry));
            kept.put(key, known);
        }
        return known;
    }

    /** The type {@code readFileType} reports, or null when nothing is there. */
    String type(String path, SourcePosition at) {
        Located located = locate(path, at);
        if (located instanceof InMemory) {
            return "regular";
        }
        return located instanceof OnDisk d && Files.exists(d.file(), LinkOption.NOFOLLOW_LINKS)
                ? Store.type(d.file())
                : null;
    }

    /** Whether a path names a directory (following symbolic links). */
    boolean isDirectory(String path, SourcePosition at) {
        return locate(path, at) instanceof OnDisk d && Files.isDirectory(d.file());
    }

    /** Whether something (a dangling symbolic link too) is at a path. */
    boolean exists(String path, SourcePosition at) {
        return type(path, at) != null;
    }

    /** The bytes of a file, or Nix's error for reading it. */
    byte[] read(String path, SourcePosition at) {
        Located located = locate(path, at);
        if (located instanceof InMemory m) {
            return m.content();
        }
        if (located instanceof Missing m) {
            throw error(at, "opening file '" + path + "'", m.errno());
        }
        Path file = ((OnDisk) located).file();
        if (Files.isDirectory(file)) {
            throw error(at, "reading from file", "Is a directory");
        }
        try {
            return readAll(file);
        } catch (IOException e) {
            throw error(at, "opening file '" + path + "'", errno(e));
        }
    }

    /** The entries of a directory and their types, as {@code readDir} gives them. */
    Map<String, String> list(String path, SourcePosition at) {
        String what = "opening directory '" + path + "'";
        Located located = locate(path, at);
        if (located instanceof InMemory) {
            throw error(at, what, NOT_DIRECTORY);
        }
        if (located instanceof Missing m) {
            throw error(at, what, m.errno());
        }
        OnDisk directory = (OnDisk) located;
        Map<String, String> entries = new TreeMap<>();
        try {
            for (Path entry : entries(directory.file())) {
                if (directory.filter() == null || keeps(directory.filter(), entry)) {
                    entries.put(entry.getFileName().toString(), Store.type(entry));
                }
            }
        } catch (IOException e) {
            throw error(at, what, errno(e));
        }
        return entries;
    }

    /**
     * The contents of a file, read by a plain file stream (NIO's channel reads, through direct
     * buffers, run more JDK code per file); a failure is reported as NIO reports it.
     */
    static byte[] readAll(Path file) throws IOException {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return in.readAllBytes();
        } catch (IOException e) {
            return Files.readAllBytes(file);
        }
    }

    /**
     * The entries of a directory, in the order the file system lists them; a failure while listing
     * is thrown unchecked, as {@link Files#list} does.
     */
    static List<Path> entries(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path entry : stream) {
                entries.add(entry);
            }
        } catch (DirectoryIteratorException e) {
            throw new UncheckedIOException(e.getCause());
        }
        return entries;
    }

    /** The operating system's text for a failed file operation, as Nix prints it. */
    static String errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return NO_ENTRY;
        }
        if (e instanceof NotDirectoryException) {
            return NOT_DIRECTORY;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static NixError error(SourcePosition at, String what, String errno) {
        return NixError.of(NixError.Kind.IO, at, what + ": " + errno);
    }
}
