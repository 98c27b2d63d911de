package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/**
 * Writes a parsed and resolved syntax tree in the compact form {@link TreeReader} reads: a string
 * table, then the nodes in pre-order, each a tag, its position (a line delta and a column, the file
 * implied) and its fields. The target of a selection, the one node the parser shares (among the
 * bindings of {@code inherit (e) a b;}), is written once and then referred to by its number. A
 * function's body of {@link #BLOCK} bytes or more is a block of its own (its length, then the body
 * with line deltas and shared targets counted from the block's start), so that a reader can skip it
 * and decode it when the function is first called.
 */
final class TreeWriter {
    static final int NULL = 0;
    static final int INT = 1;
    static final int FLOAT = 2;
    static final int STR = 3;
    static final int INTERPOLATION = 4;
    static final int PATH = 5;
    static final int PATH_INTERPOLATION = 6;
    static final int SEARCH_PATH = 7;
    static final int CUR_POS = 8;
    static final int VAR = 9;
    static final int SELECT = 10;
    static final int HAS_ATTR = 11;
    static final int ATTRS = 12;
    static final int LET = 13;
    static final int WITH = 14;
    static final int IF = 15;
    static final int ASSERT = 16;
    static final int LAMBDA = 17;
    static final int CALL = 18;
    static final int LIST = 19;
    static final int BINARY = 20;
    static final int NOT = 21;
    static final int NEGATE = 22;
    static final int REF = 23;

    static final int NAMED = 1;
    static final int ARGUMENT = 2;
    static final int FORMALS = 4;
    static final int ELLIPSIS = 8;
    static final int STRICT = 16;

    /** The smallest body written as a block; smaller ones cost less to decode than to defer. */
    static final int BLOCK = 48;

    /** A tree this form cannot hold exactly (a position in another file); it is not cached. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String file;
    private Bytes nodes = new Bytes();
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> table = new ArrayList<>();
    private final List<Boolean> interned = new ArrayList<>();
    private Map<Expr, Integer> targets = new IdentityHashMap<>();
    private SourcePosition previous;
    private int line = 1;

    private TreeWriter(String file) {
        this.file = file;
    }

    /** The tree in compact form, or null when its positions are not all in {@code file}. */
    static byte[] write(Expr expr, String file) {
        TreeWriter writer = new TreeWriter(file);
        try {
            writer.expr(expr);
        } catch (Unsupported e) {
            return null;
        }
        Bytes out = new Bytes();
        out.varint(writer.table.size());
        for (int i = 0; i < writer.table.size(); i++) {
            String s = writer.table.get(i);
            boolean latin1 = latin1(s);
            int flags = (latin1 ? 0 : 2) | (writer.interned.get(i) ? 1 : 0);
            out.varint(s.length() << 2 | flags);
            if (latin1) {
                out.bytes(s.getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.bytes(s.getBytes(StandardCharsets.UTF_16BE));
            }
        }
        out.bytes(writer.nodes.toArray());
        return out.toArray();
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private void string(String s, boolean name) {
        Integer index = strings.get(s);
        if (index == null) {
            index = table.size();
            strings.put(s, index);
            table.add(s);
            interned.add(name);
        } else if (name && !interned.get(index)) {
            interned.set(index, true);
        }
        nodes.varint(index);
    }

    private void optional(String s) {
        if (s != null) {
            string(s, true);
        }
    }

    private void position(SourcePosition at) {
        if (at == null || !at.file().equals(file)) {
            throw new Unsupported();
        }
        if (at == previous) {
            nodes.varint(0);
            return;
        }
        nodes.varint(zigzag(at.line() - line) + 1);
        nodes.varint(at.column());
        line = at.line();
        previous = at;
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private void optionalExpr(Expr expr) {
        if (expr == null) {
            nodes.varint(NULL);
        } else {
            expr(expr);
        }
    }

    private void exprs(List<Expr> exprs) {
        nodes.varint(exprs.size());
        for (Expr expr : exprs) {
            expr(expr);
        }
    }

    private void path(List<Expr.AttrKey> path) {
        nodes.varint(path.size());
        for (Expr.AttrKey key : path) {
            if (key instanceof Expr.AttrKey.Name name) {
                nodes.varint(1);
                string(name.name(), true);
            } else {
                nodes.varint(0);
                expr(((Expr.AttrKey.Dynamic) key).expr());
            }
        }
    }

    private void expr(Expr expr) {
        if (expr instanceof Expr.IntLit i) {
            head(INT, i.position());
            nodes.varint(zigzag(i.boxed()));
        } else if (expr instanceof Expr.FloatLit f) {
            head(FLOAT, f.position());
            nodes.fixed64(Double.doubleToRawLongBits(f.value()));
        } else if (expr instanceof Expr.StrLit s) {
            head(STR, s.position());
            string(s.value(), false);
        } else if (expr instanceof Expr.Interpolation i) {
            head(INTERPOLATION, i.position());
            exprs(i.parts());
        } else if (expr instanceof Expr.PathLit p) {
            head(PATH, p.position());
            string(p.path(), false);
        } else if (expr instanceof Expr.PathInterpolation p) {
            head(PATH_INTERPOLATION, p.position());
            exprs(p.parts());
        } else if (expr instanceof Expr.SearchPath s) {
            head(SEARCH_PATH, s.position());
            string(s.name(), false);
        } else if (expr instanceof Expr.CurPos c) {
            head(CUR_POS, c.position());
        } else if (expr instanceof Expr.Var v) {
            head(VAR, v.position());
            string(v.name(), true);
            if (v.level == Expr.Var.UNRESOLVED) {
                throw new Unsupported();
            }
            nodes.varint(v.level + 2);
            nodes.varint(v.slot);
        } else if (expr instanceof Expr.Select s) {
            head(SELECT, s.position());
            target(s.target());
            path(s.path());
            optionalExpr(s.fallback());
        } else if (expr instanceof Expr.HasAttr h) {
            head(HAS_ATTR, h.position());
            expr(h.target());
            path(h.path());
        } else if (expr instanceof Expr.Attrs a) {
            attrs(a);
        } else if (expr instanceof Expr.Let l) {
            head(LET, l.position());
            expr(l.bindings());
            expr(l.body());
        } else if (expr instanceof Expr.With w) {
            head(WITH, w.position());
            expr(w.scope());
            expr(w.body());
        } else if (expr instanceof Expr.If i) {
            head(IF, i.position());
            expr(i.condition());
            expr(i.then());
            expr(i.otherwise());
        } else if (expr instanceof Expr.Assert a) {
            head(ASSERT, a.position());
            expr(a.condition());
            expr(a.body());
        } else if (expr instanceof Expr.Lambda l) {
            lambda(l);
        } else if (expr instanceof Expr.Call c) {
            head(CALL, c.position());
            expr(c.function());
            exprs(c.arguments());
        } else if (expr instanceof Expr.ListOf l) {
            head(LIST, l.position());
            exprs(l.elements());
        } else if (expr instanceof Expr.Binary b) {
            head(BINARY, b.position());
            nodes.varint(b.operator().ordinal());
            expr(b.left());
            expr(b.right());
        } else if (expr instanceof Expr.Not n) {
            head(NOT, n.position());
            expr(n.operand());
        } else if (expr instanceof Expr.Negate n) {
            head(NEGATE, n.position());
            expr(n.operand());
        } else {
            throw new Unsupported();
        }
    }

    /** A selection's target: written at its first selection, referred to by number after. */
    private void target(Expr target) {
        Integer seen = targets.get(target);
        if (seen != null) {
            nodes.varint(REF);
            nodes.varint(seen);
            return;
        }
        targets.put(target, targets.size());
        expr(target);
    }

    private void head(int tag, SourcePosition at) {
        nodes.varint(tag);
        position(at);
    }

    private void attrs(Expr.Attrs a) {
        head(ATTRS, a.position());
        nodes.varint(a.recursive() ? 1 : 0);
        nodes.varint(a.bindings().size());
        for (Map.Entry<String, Expr.Binding> entry : a.bindings().entrySet()) {
            Expr.Binding binding = entry.getValue();
            string(entry.getKey(), true);
            nodes.varint(binding.inherited() ? 1 : 0);
            position(binding.position());
            expr(binding.value());
        }
        nodes.varint(a.dynamic().size());
        for (Expr.DynamicBinding binding : a.dynamic()) {
            position(binding.position());
            expr(binding.name());
            expr(binding.value());
        }
    }

    private void lambda(Expr.Lambda l) {
        head(LAMBDA, l.position());
        Expr.Formals formals = l.formals();
        int flags =
                (l.name() != null ? NAMED : 0)
                        | (l.argument() != null ? ARGUMENT : 0)
                        | (formals != null ? FORMALS : 0)
                        | (formals != null && formals.ellipsis() ? ELLIPSIS : 0)
                        | (l.strict() ? STRICT : 0);
        nodes.varint(flags);
        optional(l.name());
        optional(l.argument());
        if (formals != null) {
            nodes.varint(formals.formals().size());
            for (Expr.Formal formal : formals.formals()) {
                string(formal.name(), true);
                position(formal.position());
                optionalExpr(formal.fallback());
            }
        }
        body(l.body());
    }

    /**
     * A function's body: {@code 0} and the body in line, or its block's length plus one and the
     * block.
     */
    private void body(Expr body) {
        Bytes outer = nodes;
        Map<Expr, Integer> outerTargets = targets;
        SourcePosition outerPrevious = previous;
        int outerLine = line;
        nodes = new Bytes(256);
        targets = new IdentityHashMap<>();
        byte[] block;
        try {
            expr(body);
            block = nodes.toArray();
        } finally {
            nodes = outer;
            targets = outerTargets;
            previous = outerPrevious;
            line = outerLine;
        }
        if (block.length >= BLOCK) {
            nodes.varint(block.length + 1L);
            nodes.bytes(block);
        } else {
            nodes.varint(0);
            expr(body);
        }
    }

    /** A growable byte array with unsigned LEB128 numbers. */
    static final class Bytes {
        private byte[] data;
        private int size;

        Bytes() {
            this(4096);
        }

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        private void room(int n) {
            if (size + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + n));
            }
        }

        void varint(long value) {
            room(10);
            while ((value & ~0x7FL) != 0) {
                data[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            data[size++] = (byte) value;
        }

        void fixed64(long value) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                data[size++] = (byte) (value >>> shift);
            }
        }

        void bytes(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, data, size, bytes.length);
            size += bytes.length;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
