package org.dydisnix.nix;

import java.util.List;
import org.dydisnix.model.SourcePosition;

/**
 * The literal nodes (numbers, strings, paths, lists) of {@link Expr}, named through it ({@code
 * Expr.IntLit}).
 */
interface LiteralNodes {

    /** An integer literal; its value is boxed once, and made a thunk once. */
    final class IntLit extends Expr {
        private final Long boxed;
        private Thunk constant;

        IntLit(Long boxed, SourcePosition position) {
            super(position);
            this.boxed = boxed;
        }

        IntLit(long value, SourcePosition position) {
            this(Long.valueOf(value), position);
        }

        Long boxed() {
            return boxed;
        }

        Thunk constant() {
            if (constant == null) {
                constant = Thunk.of(boxed, position());
            }
            return constant;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return boxed;
        }
    }

    /** A floating-point literal. */
    final class FloatLit extends Expr {
        private final double value;

        FloatLit(double value, SourcePosition position) {
            super(position);
            this.value = value;
        }

        double value() {
            return value;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return value;
        }
    }

    /** A string without interpolation (also a URI); its value is made once and shared. */
    final class StrLit extends Expr {
        private final String value;
        private Thunk constant;
        private Attr attr;

        StrLit(String value, SourcePosition position) {
            super(position);
            this.value = value;
        }

        String value() {
            return value;
        }

        /** The string as an already computed thunk, the same one each time. */
        Thunk constant() {
            if (constant == null) {
                constant = Thunk.of(NixString.of(value), position());
            }
            return constant;
        }

        Attr attr(Evaluator ev, SourcePosition at) {
            if (attr == null || attr.position() != at) {
                attr = Attr.known(constant().force(ev), this, at);
            }
            return attr;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return constant().force(ev);
        }
    }

    /** A string with interpolated parts, each coerced to a string. */
    final class Interpolation extends Expr {
        private final List<Expr> parts;
        final Expr[] partArray;

        Interpolation(List<Expr> parts, SourcePosition position) {
            super(position);
            this.parts = parts;
            this.partArray = parts.toArray(new Expr[0]);
        }

        List<Expr> parts() {
            return parts;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.interpolate(this, env);
        }
    }

    /** A path literal, already made absolute. */
    final class PathLit extends Expr {
        private final String path;

        PathLit(String path, SourcePosition position) {
            super(position);
            this.path = path;
        }

        String path() {
            return path;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return new NixPath(path);
        }
    }

    /**
     * A path with interpolated parts ({@code ./conf/${name}.nix}); the first part is the path
     * literal.
     */
    final class PathInterpolation extends Expr {
        private final List<Expr> parts;

        PathInterpolation(List<Expr> parts, SourcePosition position) {
            super(position);
            this.parts = parts;
        }

        List<Expr> parts() {
            return parts;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.interpolatePath(this, env);
        }
    }

    /** A {@code <name>} path looked up in the search path. */
    final class SearchPath extends Expr {
        private final String name;

        SearchPath(String name, SourcePosition position) {
            super(position);
            this.name = name;
        }

        String name() {
            return name;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.session().searchPath(name, position());
        }
    }

    /** {@code __curPos}: the position it is written at, as a set. */
    final class CurPos extends Expr {
        CurPos(SourcePosition position) {
            super(position);
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.curPos(this);
        }
    }

    /** A list literal. */
    final class ListOf extends Expr {
        private final List<Expr> elements;
        final Expr[] items;

        ListOf(List<Expr> elements, SourcePosition position) {
            super(position);
            this.elements = elements;
            this.items = elements.toArray(new Expr[0]);
        }

        List<Expr> elements() {
            return elements;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.list(this, env);
        }
    }
}
