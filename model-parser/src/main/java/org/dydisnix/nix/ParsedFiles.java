package org.dydisnix.nix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /** The smallest code point that needs a sequence of each length (shorter ones are overlong). */
    private static final int[] MINIMUM = {0, 0, 0x80, 0x800, 0x10000};

    private static final int PIECE = 256;

    private final Map<Path, List<Tree>> trees = new HashMap<>();
    private final ParsedTreeCache disk;

    /**
     * @param disk the trees kept between processes, or null
     */
    ParsedFiles(ParsedTreeCache disk) {
        this.disk = disk;
    }

    /**
     * The tree of {@code bytes} read from {@code file}, resolved against {@code scope}, with
     * positions in {@code shownAs}; parsed from the decoded text when neither this session nor the
     * disk cache has it (a failure caches nothing).
     */
    Expr get(Path file, byte[] bytes, Env scope, String shownAs, Path baseDir) {
        List<Tree> parsed = trees.get(file);
        if (parsed == null) {
            parsed = new ArrayList<>(1);
            trees.put(file, parsed);
        }
        for (int i = 0, n = parsed.size(); i < n; i++) {
            Tree tree = parsed.get(i);
            if (sameShape(tree.shape, scope)) {
                if (tree.bytes.length == bytes.length && same(tree.bytes, 0, bytes)) {
                    return tree.expr;
                }
                parsed.remove(i);
                break;
            }
        }
        String[][] shape = shape(scope);
        Fresh fresh = new Fresh(file, bytes, scope, shape, shownAs, baseDir);
        Expr expr = disk == null ? null : disk.load(file, bytes, shape, shownAs, fresh);
        if (expr == null) {
            expr = fresh.get();
        }
        parsed.add(new Tree(shape, bytes, expr));
        return expr;
    }

    /**
     * A file parsed, resolved and written to the disk cache, once: when no entry matches, or when a
     * function body of a loaded entry turns out damaged.
     */
    private final class Fresh implements Supplier<Expr> {
        private final Path file;
        private final byte[] bytes;
        private final Env scope;
        private final String[][] shape;
        private final String shownAs;
        private final Path baseDir;
        private Expr expr;

        Fresh(Path file, byte[] bytes, Env scope, String[][] shape, String shownAs, Path baseDir) {
            this.file = file;
            this.bytes = bytes;
            this.scope = scope;
            this.shape = shape;
            this.shownAs = shownAs;
            this.baseDir = baseDir;
        }

        @Override
        public synchronized Expr get() {
            if (expr == null) {
                Expr parsed = Parser.parse(decode(bytes), shownAs, baseDir);
                Resolver.check(parsed, scope);
                if (disk != null) {
                    disk.store(file, bytes, shape, shownAs, parsed);
                }
                expr = parsed;
            }
            return expr;
        }
    }

    /**
     * Whether {@code data} holds {@code source} at {@code at}, compared in pieces: the JIT compiles
     * the comparison after a few hundred calls, where one long call stays interpreted to its end
     * (measured: a 90 KB source 1 ms whole, 0.05 ms in pieces once compiled).
     */
    static boolean same(byte[] data, int at, byte[] source) {
        for (int from = 0; from < source.length; from += PIECE) {
            int to = Math.min(from + PIECE, source.length);
            if (!Arrays.equals(data, at + from, at + to, source, from, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-8 text, or Latin-1 when the bytes are not UTF-8 (as Nix, which reads bytes), decoded in
     * one pass into the characters the lexer reads.
     */
    static char[] decode(byte[] bytes) {
        char[] chars = new char[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i];
            if (b >= 0) {
                chars[n++] = (char) b;
                i++;
                continue;
            }
            int length =
                    (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return latin1(bytes);
            }
            int code = b & (0x7F >> length);
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k];
                if ((next & 0xC0) != 0x80) {
                    return latin1(bytes);
                }
                code = (code << 6) | (next & 0x3F);
            }
            if (code < MINIMUM[length]
                    || code > Character.MAX_CODE_POINT
                    || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
                return latin1(bytes);
            }
            if (code >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                chars[n++] = Character.highSurrogate(code);
                chars[n++] = Character.lowSurrogate(code);
            } else {
                chars[n++] = (char) code;
            }
            i += length;
        }
        return n == chars.length ? chars : Arrays.copyOf(chars, n);
    }

    private static char[] latin1(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xFF);
        }
        return chars;
    }

    static String[][] shape(Env scope) {
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
