package org.dydisnix.nix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/**
 * Computes the store paths Nix would give to files, without writing anything (like Nix's dummy
 * store): {@code builtins.toFile} results and paths copied to the store by interpolation.
 */
final class Store {
    static final String STORE_DIR = "/nix/store";
    private static final String BASE32 = "0123456789abcdfghijklmnpqrsvwxyz";

    private final Map<String, String> copied = new HashMap<>();
    private final Map<String, StoreFiles.Origin> origins = new HashMap<>();
    private final Map<String, byte[]> narHashes = new HashMap<>();

    /**
     * The file a path names: a path below a store path this evaluation copied a source to is served
     * from that source; other store paths cannot be read.
     */
    String source(String path, SourcePosition at) {
        if (!path.startsWith(STORE_DIR + "/")) {
            return path;
        }
        int end = path.indexOf('/', STORE_DIR.length() + 1);
        String storePath = end < 0 ? path : path.substring(0, end);
        if (!(origins.get(storePath) instanceof StoreFiles.Copied copied)) {
            throw IoBuiltins.notBuildable(at, "cannot read '" + path + "' from the Nix store");
        }
        String source = copied.source().toString();
        return end < 0 ? source : source + path.substring(end);
    }

    /** What this evaluation put at a store path, or null. */
    StoreFiles.Origin origin(String storePath) {
        return origins.get(storePath);
    }

    /** Records the text of a {@code builtins.toFile} store path. */
    void addText(String storePath, byte[] content) {
        origins.putIfAbsent(storePath, new StoreFiles.Text(content));
    }

    /** The store path of a text file with the given name, content and references. */
    String textPath(String name, String content, List<String> references) {
        StringBuilder type = new StringBuilder("text");
        String[] sorted = references.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        for (String reference : sorted) {
            type.append(':').append(reference);
        }
        return storePath(type.toString(), sha256(content.getBytes(StandardCharsets.UTF_8)), name);
    }

    /** Decides which entries below a copied directory are kept ({@code builtins.path}'s filter). */
    @FunctionalInterface
    interface Filter {
        boolean keep(String path, String type);
    }

    /** The store path a file or directory is copied to when a path is used as a string. */
    String addPath(String path, SourcePosition at) {
        String known = copied.get(path);
        if (known != null) {
            return known;
        }
        if (path.startsWith(STORE_DIR + "/")) {
            return path;
        }
        String result = addPath(path, Paths.baseName(path), null, true, at);
        copied.put(path, result);
        return result;
    }

    /**
     * The store path of a source copied with a name and a filter ({@code builtins.path}, {@code
     * filterSource}), recursively (NAR) or flat (the file's contents); reads below it are served
     * from the source.
     */
    String addPath(String path, String name, Filter filter, boolean recursive, SourcePosition at) {
        Path file = Paths.file(source(path, at), at);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw NixError.of(
                    NixError.Kind.IO,
                    at,
                    "getting status of '"
                            + Session.displayName(Path.of(path).toAbsolutePath().normalize())
                            + "': No such file or directory");
        }
        try {
            String result;
            if (recursive) {
                Sha256 nar = new Sha256();
                narString(nar, "nix-archive-1");
                serialise(nar, file, file.toString(), filter);
                byte[] narHash = nar.digest();
                result = storePath("source", narHash, name);
                narHashes.putIfAbsent(result, narHash);
            } else {
                byte[] hash = sha256(StoreFiles.readAll(file));
                String inner = "fixed:out:sha256:" + HexFormat.of().formatHex(hash) + ":";
                result =
                        storePath(
                                "output:out", sha256(inner.getBytes(StandardCharsets.UTF_8)), name);
            }
            origins.putIfAbsent(result, new StoreFiles.Copied(file, filter));
            return result;
        } catch (IOException e) {
            throw NixError.of(
                    NixError.Kind.IO, at, "cannot read '" + path + "': " + e.getMessage());
        }
    }

    /** The SHA-256 of the NAR serialisation of a source copied recursively, or null. */
    byte[] narHash(String storePath) {
        return narHashes.get(storePath);
    }

    /** Whether a store path is one this evaluation copied a source to. */
    boolean isKnown(String storePath) {
        return origins.containsKey(storePath);
    }

    /** The type {@code readDir} and filters report for a file. */
    static String type(Path file) {
        if (Files.isSymbolicLink(file)) {
            return "symlink";
        }
        if (Files.isDirectory(file)) {
            return "directory";
        }
        return Files.isRegularFile(file) ? "regular" : "unknown";
    }

    private static void serialise(java.io.OutputStream nar, Path file, String name, Filter filter)
            throws IOException {
        narString(nar, "(");
        narString(nar, "type");
        if (Files.isSymbolicLink(file)) {
            narString(nar, "symlink");
            narString(nar, "target");
            narString(nar, Files.readSymbolicLink(file).toString());
        } else if (Files.isDirectory(file)) {
            narString(nar, "directory");
            List<Path> entries = StoreFiles.entries(file);
            entries.sort(new ByFileName());
            for (Path entry : entries) {
                String entryName = name + "/" + entry.getFileName();
                if (filter != null && !filter.keep(entryName, type(entry))) {
                    continue;
                }
                narString(nar, "entry");
                narString(nar, "(");
                narString(nar, "name");
                narString(nar, entry.getFileName().toString());
                narString(nar, "node");
                serialise(nar, entry, entryName, filter);
                narString(nar, ")");
            }
        } else {
            narString(nar, "regular");
            if (Files.isExecutable(file)) {
                narString(nar, "executable");
                narString(nar, "");
            }
            narString(nar, "contents");
            narBytes(nar, StoreFiles.readAll(file));
        }
        narString(nar, ")");
    }

    private static void narString(java.io.OutputStream nar, String s) throws IOException {
        narBytes(nar, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void narBytes(java.io.OutputStream nar, byte[] bytes) throws IOException {
        long length = bytes.length;
        for (int i = 0; i < 8; i++) {
            nar.write((int) (length >>> (8 * i)) & 0xff);
        }
        nar.write(bytes, 0, bytes.length);
        for (int i = bytes.length; i % 8 != 0; i++) {
            nar.write(0);
        }
    }

    static String storePath(String type, byte[] hash, String name) {
        String fingerprint =
                type + ":sha256:" + HexFormat.of().formatHex(hash) + ":" + STORE_DIR + ":" + name;
        byte[] full = sha256(fingerprint.getBytes(StandardCharsets.UTF_8));
        byte[] compressed = new byte[20];
        for (int i = 0; i < full.length; i++) {
            compressed[i % 20] ^= full[i];
        }
        return STORE_DIR + "/" + base32(compressed) + "-" + name;
    }

    /** Nix's base-32 encoding of a hash. */
    static String base32(byte[] hash) {
        int length = (hash.length * 8 - 1) / 5 + 1;
        StringBuilder s = new StringBuilder(length);
        for (int n = length - 1; n >= 0; n--) {
            int b = n * 5;
            int i = b / 8;
            int j = b % 8;
            int c =
                    ((hash[i] & 0xff) >> j)
                            | (i >= hash.length - 1 ? 0 : (hash[i + 1] & 0xff) << (8 - j));
            s.append(BASE32.charAt(c & 0x1f));
        }
        return s.toString();
    }

    /** Decodes Nix's base-32 text of a hash of {@code size} bytes. */
    static byte[] base32Decode(
            String text, int size, java.util.function.Supplier<NixError> invalid) {
        byte[] hash = new byte[size];
        int length = text.length();
        for (int n = 0; n < length; n++) {
            int digit = BASE32.indexOf(text.charAt(length - n - 1));
            if (digit < 0) {
                throw invalid.get();
            }
            int b = n * 5;
            int i = b / 8;
            int j = b % 8;
            hash[i] |= (byte) (digit << j);
            if (i < size - 1) {
                hash[i + 1] |= (byte) (digit >> (8 - j));
            } else if ((digit >> (8 - j)) != 0) {
                throw invalid.get();
            }
        }
        return hash;
    }

    static byte[] sha256(byte[] data) {
        return Sha256.of(data);
    }

    /** The hash of {@code data} with a JDK algorithm name; SHA-256 without the JDK's providers. */
    static byte[] digest(String algorithm, byte[] data) {
        if (algorithm.equals("SHA-256")) {
            return Sha256.of(data);
        }
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }

    /** Paths in the byte order of their file names, as in a NAR. */
    private static final class ByFileName implements java.util.Comparator<Path> {
        @Override
        public int compare(Path a, Path b) {
            return Strings.compareBytes(a.getFileName().toString(), b.getFileName().toString());
        }
    }
}
