package org.dydisnix.io;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes an output file without ever damaging what it writes through. A regular file (or a new one)
 * is replaced atomically: the data goes to a temporary file in the same directory, which is synced
 * and renamed over it, so readers see the old or the complete new content. A symbolic link is
 * followed and its target replaced the same way, the link kept. A FIFO, character device or socket,
 * and {@code /dev/stdout}-like descriptors, are written directly. Temporary files are removed on
 * failure and when the process is interrupted or terminated; every message names the file the user
 * gave.
 */
public final class AtomicOutput {

    /** Produces the content of the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces the content of the file through a stream that may rewrite what it wrote. */
    @FunctionalInterface
    public interface PatchableContent {
        void writeTo(PatchableOutput out) throws IOException;
    }

    private static final Pattern DESCRIPTOR =
            Pattern.compile("/(proc/(self|thread-self|\\d+)|dev)/fd/(\\d+)|/dev/std(in|out|err)");
    private static final int MAX_LINKS = 40;
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    private static final Object LOCK = new Object();
    private static boolean shuttingDown;

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(AtomicOutput::removeTemporaries, "dydisnix-cleanup"));
    }

    private AtomicOutput() {}

    /**
     * Writes {@code target} with what {@code content} writes; on any failure a regular target is
     * untouched.
     */
    public static void write(Path target, Content content) throws IOException {
        writePatchable(target, content::writeTo);
    }

    /**
     * Writes {@code target} like {@link #write(Path, Content)}; the content may rewrite bytes it
     * wrote when the target is replaced through a temporary file ({@link
     * PatchableOutput#canPatch()}).
     */
    public static void writePatchable(Path target, PatchableContent content) throws IOException {
        try {
            Path resolved = resolve(target.toAbsolutePath());
            if (isOwnStandardOutput(resolved)) {
                content.writeTo(new PatchableOutput(new UnclosedStream(System.out), null, null));
                System.out.flush();
            } else if (DESCRIPTOR.matcher(resolved.toString()).matches()) {
                writeDirectly(resolved, content, StandardOpenOption.APPEND);
            } else if (Files.exists(resolved)
                    && !Files.isRegularFile(resolved)
                    && !Files.isDirectory(resolved)) {
                writeDirectly(resolved, content);
            } else {
                replace(resolved, content);
            }
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, reason(e));
        }
    }

    /**
     * Follows symbolic links up to a descriptor link of /proc or /dev/fd, whose target is no path.
     */
    private static Path resolve(Path path) throws IOException {
        Path current = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(current)
                    || DESCRIPTOR.matcher(current.toString()).matches()) {
                return current;
            }
            Path link = Files.readSymbolicLink(current);
            Path parent = current.getParent();
            current = (parent == null ? link : parent.resolve(link)).normalize();
        }
        throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
    }

    private static boolean isOwnStandardOutput(Path path) {
        String name = path.toString();
        return name.equals("/dev/stdout")
                || name.equals("/proc/self/fd/1")
                || name.equals("/dev/fd/1")
                || name.equals("/proc/" + ProcessHandle.current().pid() + "/fd/1");
    }

    private static void writeDirectly(
            Path path, PatchableContent content, StandardOpenOption... extra) throws IOException {
        try (OutputStream out =
                new FileOutputStream(
                        path.toFile(), extra.length > 0 && extra[0] == StandardOpenOption.APPEND)) {
            content.writeTo(new PatchableOutput(out, null, null));
        } catch (java.io.FileNotFoundException e) {
            throw new FileSystemException(path.toString(), null, e.getMessage());
        }
    }

    private static void replace(Path absolute, PatchableContent content) throws IOException {
        Path directory = absolute.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "No such directory");
        }
        Path temporary = null;
        try {
            FileChannel opened;
            synchronized (LOCK) {
                if (shuttingDown) {
                    throw new java.io.InterruptedIOException("interrupted");
                }
                temporary = temporaryFor(absolute);
                IN_FLIGHT.add(temporary);
                opened =
                        FileChannel.open(
                                temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            try (FileChannel channel = opened;
                    PatchableOutput out =
                            new PatchableOutput(
                                    Channels.newOutputStream(channel), channel, temporary)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(temporary, absolute);
            try {
                Files.move(
                        temporary,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
                IN_FLIGHT.remove(temporary);
            }
        }
    }

    private static Path temporaryFor(Path target) {
        long random = java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        return target.resolveSibling("." + target.getFileName() + "." + random + ".tmp");
    }

    /**
     * On INT/TERM: no temporary file is created any more and those being written are removed (the
     * lock makes creating and registering one a single step).
     */
    private static void removeTemporaries() {
        synchronized (LOCK) {
            shuttingDown = true;
            IN_FLIGHT.forEach(temporary -> temporary.toFile().delete());
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        String reason = e.getReason();
        if (reason == null) {
            return e.getClass().getSimpleName().replace("Exception", "");
        }
        int paren = reason.lastIndexOf(" (");
        return paren > 0 && reason.startsWith(e.getFile() == null ? "\u0000" : e.getFile())
                ? reason.substring(paren + 2, reason.length() - 1)
                : reason;
    }

    /**
     * Gives the new file the permissions of the file it replaces, or rw-r--r-- for a new file
     * (POSIX file systems).
     */
    private static void setPermissions(Path temporary, Path target) throws IOException {
        if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(
                    temporary,
                    Files.exists(target)
                            ? Files.getPosixFilePermissions(target)
                            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Standard output that a writer may close without closing it for the rest of the process. */
    private static final class UnclosedStream extends java.io.FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
