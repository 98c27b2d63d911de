package org.dydisnix.nix;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The files a session has parsed, each resolved against one scope shape (the names of the
 * environments it is evaluated in): a file read again with the same bytes into a scope of the same
 * shape reuses its tree, as {@code scopedImport} of a library file does at every import. The bytes
 * are compared, so a file changed on disk is parsed again.
 */
final class ParsedFiles {
    /** A file and the names of the scopes its variables are resolved against, innermost first. */
    private record Key(Path file, List<List<String>> scope) {}

    private record Tree(byte[] bytes, Expr expr) {}

    private final Map<Key, Tree> trees = new HashMap<>();

    /**
     * The tree of {@code bytes} read from {@code file}, resolved against {@code scope}; {@code
     * parse} makes it from the decoded text when it is not cached yet (and may throw, caching
     * nothing).
     */
    Expr get(Path file, byte[] bytes, Env scope, Function<String, Expr> parse) {
        Key key = new Key(file, shape(scope));
        Tree tree = trees.get(key);
        if (tree != null && Arrays.equals(tree.bytes(), bytes)) {
            return tree.expr();
        }
        Expr expr = parse.apply(decode(bytes));
        trees.put(key, new Tree(bytes, expr));
        return expr;
    }

    /** UTF-8 text, or Latin-1 when the bytes are not UTF-8 (as Nix, which reads bytes). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static List<List<String>> shape(Env scope) {
        List<List<String>> names = new ArrayList<>();
        for (Env env = scope; env != null; env = env.parent) {
            names.add(env instanceof Env.Named named ? Arrays.asList(named.names) : List.of());
        }
        return names;
    }
}
