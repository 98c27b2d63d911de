package org.dydisnix.nix;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.dydisnix.model.ModelInputs;

/**
 * Parsed and resolved files kept in a directory between processes, one entry per file and scope
 * shape. An entry holds its key (the absolute path, the scope shape, {@code HOME} for {@code ~/}
 * paths), the build that wrote it, the exact source bytes and the tree, with a checksum; anything
 * that does not match exactly is ignored, and the file parsed again and its entry rewritten.
 */
final class ParsedTreeCache {
    /** Changed whenever the entry layout or {@link TreeWriter}'s form changes. */
    static final int FORMAT = 2;

    private static final byte[] MAGIC = {'D', 'Y', 'P', 'T'};

    private final Path directory;
    private final String stamp;
    private volatile boolean writable = true;
    private volatile boolean directoryMade;
    private byte[] prefix;
    private volatile Shape lastShape;

    /**
     * @param stamp what identifies the build of the parser (entries of another stamp are ignored),
     *     or null for {@link ParseCache#stamp()}, taken at the first use
     */
    ParsedTreeCache(Path directory, String stamp) {
        this.directory = directory;
        this.stamp = stamp;
    }

    /** The entry's file of a source file read into a scope of a shape. */
    Path entry(Path file, String[][] shape) {
        long hash = fnv(shape(shape).hash, file.toString());
        String name = file.getFileName() == null ? "root" : file.getFileName().toString();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < name.length() && shown.length() < 40; i++) {
            char c = name.charAt(i);
            shown.append(shownAsIs(c) ? c : '_');
        }
        return directory.resolve(shown + "-" + Long.toHexString(hash) + ".tree");
    }

    private static boolean shownAsIs(char c) {
        return c < 0x80
                ? (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '.'
                        || c == '-'
                : Character.isLetterOrDigit(c);
    }

    private static long fnv(long hash, String s) {
        for (int i = 0; i < s.length(); i++) {
            hash = (hash ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (hash ^ 0xFFFF) * 0x100000001b3L;
    }

    /**
     * The tree of {@code source} read from {@code file} into a scope of {@code shape}, with
     * positions in {@code shownAs}; null when there is no entry that matches exactly. Function
     * bodies are read when first called; one found damaged then is taken from {@code reparse}.
     */
    Expr load(Path file, byte[] source, String[][] shape, String shownAs, Supplier<Expr> reparse) {
        byte[] data;
        try {
            data = read(entry(file, shape), source.length * 8L + (1 << 20));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (data == null) {
            return null;
        }
        try {
            byte[] header = header(file, shape, source.length);
            if (header == null) {
                return null;
            }
            int at = matching(data, 0, header);
            int end = data.length - 4;
            if (at < 0
                    || end - at < source.length
                    || !ParsedFiles.same(data, at, source)
                    || crc(data, end) != readInt(data, end)) {
                return null;
            }
            return TreeReader.read(data, at + source.length, end, shownAs, reparse);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * The bytes of a file, read in one go by a plain file stream, or null when it is larger than
     * {@code limit} or changes while read.
     */
    private static byte[] read(Path entry, long limit) throws IOException {
        File file = entry.toFile();
        long size = file.length();
        if (size == 0 || size > limit) {
            return null;
        }
        try (FileInputStream in = new FileInputStream(file)) {
            byte[] data = new byte[(int) size];
            return in.readNBytes(data, 0, data.length) == data.length && in.read() < 0
                    ? data
                    : null;
        }
    }

    /**
     * What an entry holds before the source: the build's prefix, the file, the scope's shape and
     * the source's length; null when the build cannot be told apart from others.
     */
    private byte[] header(Path file, String[][] shape, int sourceLength) {
        byte[] prefix = prefix();
        if (prefix == null) {
            return null;
        }
        TreeWriter.Bytes head = new TreeWriter.Bytes();
        head.bytes(prefix);
        text(head, file.toString());
        head.bytes(shape(shape).bytes);
        head.varint(sourceLength);
        return head.toArray();
    }

    /** The offset after {@code expected} when {@code data} holds it at {@code at}, else -1. */
    private static int matching(byte[] data, int at, byte[] expected) {
        int end = at + expected.length;
        return at >= 0
                        && end <= data.length
                        && Arrays.equals(data, at, end, expected, 0, expected.length)
                ? end
                : -1;
    }

    /** Writes the entry of a tree, unless it cannot be cached or the directory is not writable. */
    void store(Path file, byte[] source, String[][] shape, String shownAs, Expr expr) {
        if (!writable
                || file.getParent() == null
                || !file.getParent().equals(ModelInputs.baseDir(file))) {
            return;
        }
        byte[] header = header(file, shape, source.length);
        byte[] tree = header == null ? null : TreeWriter.write(expr, shownAs);
        if (tree == null) {
            return;
        }
        byte[] data = new byte[header.length + source.length + tree.length + 4];
        System.arraycopy(header, 0, data, 0, header.length);
        System.arraycopy(source, 0, data, header.length, source.length);
        System.arraycopy(tree, 0, data, header.length + source.length, tree.length);
        int end = data.length - 4;
        int crc = crc(data, end);
        for (int i = 0; i < 4; i++) {
            data[end + i] = (byte) (crc >>> (24 - 8 * i));
        }
        write(entry(file, shape), data);
    }

    private void write(Path target, byte[] data) {
        Path temporary =
                directory.resolve(
                        "."
                                + target.getFileName()
                                + "."
                                + Writer.PID
                                + "."
                                + System.nanoTime()
                                + ".tmp");
        boolean moved = false;
        try {
            if (!directoryMade) {
                createDirectory();
                directoryMade = true;
                removeAbandoned(System.currentTimeMillis());
            }
            try (OutputStream out =
                    Files.newOutputStream(
                            temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(data);
            }
            Files.move(
                    temporary,
                    target,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } catch (IOException | RuntimeException e) {
            writable =
                    !(e instanceof AtomicMoveNotSupportedException)
                            && Files.isDirectory(directory)
                            && Files.isWritable(directory);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException | RuntimeException e) {
                    writable = false;
                }
            }
        }
    }

    /**
     * Deletes the temporary files of writers that ended before renaming them (killed): a file whose
     * writer process is gone and that is older than a minute (so that a reused process id or a
     * clock step spares a live writer's file). Best effort, once per process, at its first write.
     */
    void removeAbandoned(long now) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path path : files) {
                long writer = writerOf(path.getFileName().toString());
                if (writer >= 0
                        && writer != Writer.PID
                        && ProcessHandle.of(writer).isEmpty()
                        && now - Files.getLastModifiedTime(path).toMillis() > 60_000) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a file that cannot be listed or deleted stays; the cache works without its removal
        }
    }

    /** The writer's process id in a temporary file's name ({@code .entry.pid.nanos.tmp}), or -1. */
    static long writerOf(String name) {
        if (!name.startsWith(".") || !name.endsWith(".tmp")) {
            return -1;
        }
        int nanos = name.lastIndexOf('.', name.length() - 5);
        int pid = nanos > 0 ? name.lastIndexOf('.', nanos - 1) : -1;
        if (pid <= 0 || pid + 1 == nanos || nanos - pid > 20) {
            return -1;
        }
        long value = 0;
        for (int i = pid + 1; i < nanos; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Names this process's temporary files apart from other writers' (set at the first write). */
    private static final class Writer {
        static final long PID = ProcessHandle.current().pid();
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(
                    directory,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        }
    }

    /**
     * What begins every entry of this build: the format, the stamp and {@code HOME}; null when the
     * build cannot be told apart from others.
     */
    private byte[] prefix() {
        byte[] p = prefix;
        if (p == null) {
            String stamp = this.stamp != null ? this.stamp : ParseCache.stamp();
            if (stamp == null) {
                writable = false;
                return null;
            }
            TreeWriter.Bytes out = new TreeWriter.Bytes();
            out.bytes(MAGIC);
            out.varint(FORMAT);
            text(out, stamp);
            String home = System.getenv("HOME");
            text(out, home == null ? "" : home);
            p = out.toArray();
            prefix = p;
        }
        return p;
    }

    /**
     * The names of the scopes, written and hashed; the last shape's is kept, as most files are read
     * into the same scopes (whose name arrays are shared).
     */
    private Shape shape(String[][] shape) {
        Shape last = lastShape;
        if (last != null && last.names.length == shape.length) {
            boolean same = true;
            for (int i = 0; i < shape.length && same; i++) {
                same = last.names[i] == shape[i];
            }
            if (same) {
                return last;
            }
        }
        TreeWriter.Bytes out = new TreeWriter.Bytes();
        long hash = 0xcbf29ce484222325L;
        out.varint(shape.length);
        for (String[] names : shape) {
            out.varint(names == null ? 0 : names.length + 1);
            hash = fnv(hash, names == null ? "\u0000" : "\u0001");
            if (names != null) {
                for (String name : names) {
                    text(out, name);
                    hash = fnv(hash, name);
                }
            }
        }
        Shape made = new Shape(shape.clone(), out.toArray(), hash);
        lastShape = made;
        return made;
    }

    /** A shape's names (the arrays, compared by identity), its written form and its hash. */
    private static final class Shape {
        final String[][] names;
        final byte[] bytes;
        final long hash;

        Shape(String[][] names, byte[] bytes, long hash) {
            this.names = names;
            this.bytes = bytes;
            this.hash = hash;
        }
    }

    private static void text(TreeWriter.Bytes out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.varint(bytes.length);
        out.bytes(bytes);
    }

    private static int crc(byte[] data, int end) {
        CRC32 crc = new CRC32();
        crc.update(data, 0, end);
        return (int) crc.getValue();
    }

    private static int readInt(byte[] data, int at) {
        return (data[at] & 0xFF) << 24
                | (data[at + 1] & 0xFF) << 16
                | (data[at + 2] & 0xFF) << 8
                | (data[at + 3] & 0xFF);
    }
}
