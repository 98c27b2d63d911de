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
    /**
     * A tree and what it was made from: the bytes and the names of each scope, innermost first
     * (null for a scope without names). Compared by hand: a record's generated equals and hashCode
     * are linked at their first call, a cost at every start.
     */
    private static final class Tree {
        final String[][] shape;
        final byte[] bytes;
        final Expr expr;

        Tree(String[][] shape, byte[] bytes, Expr expr) {
            this.shape = shape;
            this.bytes = bytes;
            this.expr = expr;
        }
    }

    private final Map<Path, List<Tree>> trees = new HashMap<>();

    /**
     * The tree of {@code bytes} read from {@code file}, resolved against {@code scope}; {@code
     * parse} makes it from the decoded text when it is not cached yet (and may throw, caching
     * nothing).
     */
    Expr get(Path file, byte[] bytes, Env scope, Function<String, Expr> parse) {
        List<Tree> parsed = trees.get(file);
        if (parsed == null) {
            parsed = new ArrayList<>(1);
            trees.put(file, parsed);
        }
        for (int i = 0, n = parsed.size(); i < n; i++) {
            Tree tree = parsed.get(i);
            if (sameShape(tree.shape, scope)) {
                if (Arrays.equals(tree.bytes, bytes)) {
                    return tree.expr;
                }
                parsed.remove(i);
                break;
            }
        }
        Expr expr = parse.apply(decode(bytes));
        parsed.add(new Tree(shape(scope), bytes, expr));
        return expr;
    }

    /** UTF-8 text, or Latin-1 when the bytes are not UTF-8 (as Nix, which reads bytes). */
    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String[][] shape(Env scope) {
        int depth = 0;
        for (Env env = scope; env != null; env = env.parent) {
            depth++;
        }
        String[][] names = new String[depth][];
        int i = 0;
        for (Env env = scope; env != null; env = env.parent) {
            names[i++] = env instanceof Env.Named named ? named.names : null;
        }
        return names;
    }

    private static boolean sameShape(String[][] shape, Env scope) {
        int i = 0;
        for (Env env = scope; env != null; env = env.parent, i++) {
            if (i == shape.length) {
                return false;
            }
            String[] names = env instanceof Env.Named named ? named.names : null;
            if (names != shape[i] && (names == null || !Arrays.equals(names, shape[i]))) {
                return false;
            }
        }
        return i == shape.length;
    }
}
