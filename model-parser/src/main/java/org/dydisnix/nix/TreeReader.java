package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.dydisnix.model.SourcePosition;

/**
 * Reads a syntax tree that {@link TreeWriter} wrote, with the positions in {@code file}. Every
 * number and length is checked against the bytes left, so that damaged input fails with {@link
 * Corrupt} rather than allocating what it claims. A function body written as a block is skipped and
 * read when the function is first called ({@link Block}).
 */
final class TreeReader {

    /** The bytes are not a tree this build wrote. */
    static final class Corrupt extends RuntimeException {
        Corrupt() {
            super(null, null, false, false);
        }
    }

    private static final Expr.Operator[] OPERATORS = Expr.Operator.values();

    private final byte[] data;
    private final int end;
    private final String file;
    private final Supplier<Expr> reparse;
    private int at;
    private String[] strings;
    private int[] stringAt;
    private int[] stringHead;
    private Expr[] targets = new Expr[64];
    private int count;
    private SourcePosition previous;
    private int line = 1;

    private TreeReader(byte[] data, int from, int end, String file, Supplier<Expr> reparse) {
        this.data = data;
        this.at = from;
        this.end = end;
        this.file = file;
        this.reparse = reparse;
    }

    /** The tree in {@code data[from..end)}, which it must fill exactly. */
    static Expr read(byte[] data, int from, int end, String file) {
        return read(data, from, end, file, null);
    }

    /**
     * The tree in {@code data[from..end)}, which it must fill exactly; a block found damaged when
     * its function is first called is taken from the tree {@code reparse} gives (the file parsed
     * again), or fails with {@link Corrupt} when there is none.
     */
    static Expr read(byte[] data, int from, int end, String file, Supplier<Expr> reparse) {
        TreeReader reader = new TreeReader(data, from, end, file, reparse);
        reader.strings();
        Expr expr = reader.expr();
        if (reader.at != end) {
            throw new Corrupt();
        }
        return expr;
    }

    /**
     * A function body not read yet: its bytes, the string table, and the line and position the
     * writer counted its first position from.
     */
    static final class Block {
        private final TreeReader outer;
        private final int from;
        private final int end;
        private final int line;
        private final SourcePosition previous;

        private Block(TreeReader outer, int from, int end, int line, SourcePosition previous) {
            this.outer = outer;
            this.from = from;
            this.end = end;
            this.line = line;
            this.previous = previous;
        }

        /** The body of {@code lambda}, read from this block or, when it is damaged, reparsed. */
        Expr body(Expr.Lambda lambda) {
            try {
                TreeReader reader =
                        new TreeReader(outer.data, from, end, outer.file, outer.reparse);
                reader.strings = outer.strings;
                reader.stringAt = outer.stringAt;
                reader.stringHead = outer.stringHead;
                reader.line = line;
                reader.previous = previous;
                Expr body = reader.expr();
                if (reader.at != end) {
                    throw new Corrupt();
                }
                return body;
            } catch (RuntimeException e) {
                Expr.Lambda fresh =
                        outer.reparse == null
                                ? null
                                : Lambdas.at(outer.reparse.get(), lambda.position());
                if (fresh == null) {
                    throw new Corrupt();
                }
                return fresh.body();
            }
        }
    }

    private int varint() {
        long value = varlong();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new Corrupt();
        }
        return (int) value;
    }

    private long varlong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= end) {
                throw new Corrupt();
            }
            byte b = data[at++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new Corrupt();
    }

    /** A count of items that take at least one byte each. */
    private int count() {
        int n = varint();
        if (n > end - at) {
            throw new Corrupt();
        }
        return n;
    }

    /**
     * The string table: where each string starts and its head (length and flags), checked; each
     * string is made when first read, most being in function bodies never read.
     */
    private void strings() {
        int n = count();
        stringAt = new int[n];
        stringHead = new int[n];
        strings = new String[n];
        for (int i = 0; i < n; i++) {
            int head = varint();
            int length = head >>> 2;
            int bytes = (head & 2) != 0 ? length * 2 : length;
            if (length > end - at || bytes > end - at) {
                throw new Corrupt();
            }
            stringHead[i] = head;
            stringAt[i] = at;
            at += bytes;
        }
    }

    /** Latin-1 bytes as a string, copied as they are: no charset decoder at start-up. */
    @SuppressWarnings("deprecation")
    private static String latin1(byte[] data, int from, int length) {
        return new String(data, 0, from, length);
    }

    /** UTF-16 big-endian bytes as a string (the writer's form of a string beyond Latin-1). */
    private static String utf16(byte[] data, int from, int length) {
        char[] chars = new char[length];
        for (int i = 0, b = from; i < length; i++, b += 2) {
            chars[i] = (char) ((data[b] & 0xFF) << 8 | (data[b + 1] & 0xFF));
        }
        return new String(chars);
    }

    private String string() {
        int index = varint();
        if (index >= strings.length) {
            throw new Corrupt();
        }
        String s = strings[index];
        return s != null ? s : decode(index);
    }

    private String decode(int index) {
        int head = stringHead[index];
        int length = head >>> 2;
        int from = stringAt[index];
        String s = (head & 2) == 0 ? latin1(data, from, length) : utf16(data, from, length);
        if ((head & 1) != 0) {
            s = s.intern();
        }
        strings[index] = s;
        return s;
    }

    private SourcePosition position() {
        long head = varlong();
        if (head == 0) {
            if (previous == null) {
                throw new Corrupt();
            }
            return previous;
        }
        long zigzag = head - 1;
        line += (int) ((zigzag >>> 1) ^ -(zigzag & 1));
        previous = new SourcePosition(file, line, varint());
        return previous;
    }

    private Expr optionalExpr() {
        if (at < end && data[at] == TreeWriter.NULL) {
            at++;
            return null;
        }
        return expr();
    }

    private List<Expr> exprs() {
        int n = count();
        Expr[] exprs = new Expr[n];
        for (int i = 0; i < n; i++) {
            exprs[i] = expr();
        }
        return List.of(exprs);
    }

    private List<Expr.AttrKey> path() {
        int n = count();
        Expr.AttrKey[] keys = new Expr.AttrKey[n];
        for (int i = 0; i < n; i++) {
            keys[i] =
                    varint() != 0
                            ? new Expr.AttrKey.Name(string())
                            : new Expr.AttrKey.Dynamic(expr());
        }
        return List.of(keys);
    }

    private Expr expr() {
        return node(varint(), position());
    }

    /** A selection's target, or a reference to one read before. */
    private Expr target() {
        if (at < end && data[at] == TreeWriter.REF) {
            at++;
            int index = varint();
            Expr shared = index < count ? targets[index] : null;
            if (shared == null) {
                throw new Corrupt();
            }
            return shared;
        }
        if (count == targets.length) {
            targets = java.util.Arrays.copyOf(targets, count * 2);
        }
        int index = count++;
        Expr target = expr();
        targets[index] = target;
        return target;
    }

    private Expr node(int tag, SourcePosition pos) {
        switch (tag) {
            case TreeWriter.INT:
                long zigzag = varlong();
                return new Expr.IntLit((zigzag >>> 1) ^ -(zigzag & 1), pos);
            case TreeWriter.FLOAT:
                return new Expr.FloatLit(Double.longBitsToDouble(fixed64()), pos);
            case TreeWriter.STR:
                return new Expr.StrLit(string(), pos);
            case TreeWriter.INTERPOLATION:
                return new Expr.Interpolation(exprs(), pos);
            case TreeWriter.PATH:
                return new Expr.PathLit(string(), pos);
            case TreeWriter.PATH_INTERPOLATION:
                return new Expr.PathInterpolation(exprs(), pos);
            case TreeWriter.SEARCH_PATH:
                return new Expr.SearchPath(string(), pos);
            case TreeWriter.CUR_POS:
                return new Expr.CurPos(pos);
            case TreeWriter.VAR:
                Expr.Var v = new Expr.Var(string(), pos);
                v.level = varint() - 2;
                v.slot = varint();
                return v;
            case TreeWriter.SELECT:
                return new Expr.Select(target(), path(), optionalExpr(), pos);
            case TreeWriter.HAS_ATTR:
                return new Expr.HasAttr(expr(), path(), pos);
            case TreeWriter.ATTRS:
                return attrs(pos);
            case TreeWriter.LET:
                return new Expr.Let((Expr.Attrs) expr(), expr(), pos);
            case TreeWriter.WITH:
                return new Expr.With(expr(), expr(), pos);
            case TreeWriter.IF:
                return new Expr.If(expr(), expr(), expr(), pos);
            case TreeWriter.ASSERT:
                return new Expr.Assert(expr(), expr(), pos);
            case TreeWriter.LAMBDA:
                return lambda(pos);
            case TreeWriter.CALL:
                return new Expr.Call(expr(), exprs(), pos);
            case TreeWriter.LIST:
                return new Expr.ListOf(exprs(), pos);
            case TreeWriter.BINARY:
                int operator = varint();
                if (operator >= OPERATORS.length) {
                    throw new Corrupt();
                }
                return new Expr.Binary(OPERATORS[operator], expr(), expr(), pos);
            case TreeWriter.NOT:
                return new Expr.Not(expr(), pos);
            case TreeWriter.NEGATE:
                return new Expr.Negate(expr(), pos);
            default:
                throw new Corrupt();
        }
    }

    private long fixed64() {
        if (end - at < 8) {
            throw new Corrupt();
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (data[at++] & 0xFF);
        }
        return value;
    }

    private Expr.Attrs attrs(SourcePosition pos) {
        boolean recursive = varint() != 0;
        int n = count();
        LinkedHashMap<String, Expr.Binding> bindings =
                new LinkedHashMap<>((int) Math.min(n * 4L / 3 + 1, 1 << 20));
        for (int i = 0; i < n; i++) {
            String name = string();
            boolean inherited = varint() != 0;
            SourcePosition where = position();
            bindings.put(name, new Expr.Binding(expr(), inherited, where));
        }
        int d = count();
        ArrayList<Expr.DynamicBinding> dynamic = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            SourcePosition where = position();
            dynamic.add(new Expr.DynamicBinding(expr(), expr(), where));
        }
        return new Expr.Attrs(recursive, bindings, dynamic, pos);
    }

    private Expr.Lambda lambda(SourcePosition pos) {
        int flags = varint();
        String name = (flags & TreeWriter.NAMED) != 0 ? string() : null;
        String argument = (flags & TreeWriter.ARGUMENT) != 0 ? string() : null;
        Expr.Formals formals = null;
        if ((flags & TreeWriter.FORMALS) != 0) {
            int n = count();
            Expr.Formal[] list = new Expr.Formal[n];
            for (int i = 0; i < n; i++) {
                String formal = string();
                SourcePosition where = position();
                list[i] = new Expr.Formal(formal, optionalExpr(), where);
            }
            formals = new Expr.Formals(List.of(list), (flags & TreeWriter.ELLIPSIS) != 0);
        }
        boolean strict = (flags & TreeWriter.STRICT) != 0;
        int block = varint();
        if (block == 0) {
            return new Expr.Lambda(name, argument, formals, expr(), pos, strict);
        }
        int length = block - 1;
        if (length > end - at) {
            throw new Corrupt();
        }
        Block body = new Block(this, at, at + length, line, previous);
        at += length;
        return new Expr.Lambda(name, argument, formals, body, pos, strict);
    }
}
