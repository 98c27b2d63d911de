package org.dydisnix.nix;

import java.io.ByteArrayOutputStream;
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
import java.util.stream.Stream;
import org.dydisnix.model.SourcePosition;

/**
 * Computes the store paths Nix would give to files, without writing anything (like Nix's dummy
 * store): {@code builtins.toFile} results and paths copied to the store by interpolation.
 */
final class Store {
    static final String STORE_DIR = "/nix/store";
    private static final String BASE32 = "0123456789abcdfghijklmnpqrsvwxyz";

    private final Map<String, String> copied = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();

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
        String source = sources.get(storePath);
        if (source == null) {
            throw IoBuiltins.notBuildable(at, "cannot read '" + path + "' from the Nix store");
        }
        return end < 0 ? source : source + path.substring(end);
    }

    /** The store path of a text file with the given name, content and references. */
    String textPath(String name, String content, List<String> references) {
        StringBuilder type = new StringBuilder("text");
        references.stream().sorted().forEach(reference -> type.append(':').append(reference));
        return storePath(type.toString(), sha256(content.getBytes(StandardCharsets.UTF_8)), name);
    }

    /** The store path a file or directory is copied to when a path is used as a string. */
    String addPath(String path, SourcePosition at) {
        String known = copied.get(path);
        if (known != null) {
            return known;
        }
        Path file = Paths.file(path, at);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw NixError.of(
                    NixError.Kind.IO,
                    at,
                    "getting status of '"
                            + Session.displayName(Path.of(path).toAbsolutePath().normalize())
                            + "': No such file or directory");
        }
        try {
            ByteArrayOutputStream nar = new ByteArrayOutputStream();
            narString(nar, "nix-archive-1");
            serialise(nar, file);
            String result = storePath("source", sha256(nar.toByteArray()), Paths.baseName(path));
            copied.put(path, result);
            sources.putIfAbsent(result, path);
            return result;
        } catch (IOException e) {
            throw NixError.of(
                    NixError.Kind.IO, at, "cannot read '" + path + "': " + e.getMessage());
        }
    }

    private static void serialise(ByteArrayOutputStream nar, Path file) throws IOException {
        narString(nar, "(");
        narString(nar, "type");
        if (Files.isSymbolicLink(file)) {
            narString(nar, "symlink");
            narString(nar, "target");
            narString(nar, Files.readSymbolicLink(file).toString());
        } else if (Files.isDirectory(file)) {
            narString(nar, "directory");
            List<Path> entries;
            try (Stream<Path> list = Files.list(file)) {
                entries =
                        list.sorted(
                                        (a, b) ->
                                                Strings.compareBytes(
                                                        a.getFileName().toString(),
                                                        b.getFileName().toString()))
                                .toList();
            }
            for (Path entry : entries) {
                narString(nar, "entry");
                narString(nar, "(");
                narString(nar, "name");
                narString(nar, entry.getFileName().toString());
                narString(nar, "node");
                serialise(nar, entry);
                narString(nar, ")");
            }
        } else {
            narString(nar, "regular");
            if (Files.isExecutable(file)) {
                narString(nar, "executable");
                narString(nar, "");
            }
            narString(nar, "contents");
            narBytes(nar, Files.readAllBytes(file));
        }
        narString(nar, ")");
    }

    private static void narString(ByteArrayOutputStream nar, String s) {
        narBytes(nar, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void narBytes(ByteArrayOutputStream nar, byte[] bytes) {
        long length = bytes.length;
        for (int i = 0; i < 8; i++) {
            nar.write((int) (length >>> (8 * i)) & 0xff);
        }
        nar.write(bytes, 0, bytes.length);
        for (int i = bytes.length; i % 8 != 0; i++) {
            nar.write(0);
        }
    }

    private static String storePath(String type, byte[] hash, String name) {
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

    static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }
}
