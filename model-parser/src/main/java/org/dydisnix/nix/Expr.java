package org.dydisnix.nix;

import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/** A node of the Nix syntax tree; every node keeps the position it was parsed at. */
sealed interface Expr {

    /** Where the expression starts (for operators: the operator). */
    SourcePosition position();

    /** Evaluates this expression in an environment. */
    Object eval(Evaluator ev, Env env);

    /** An integer literal; its value is boxed once. */
    record IntLit(Long boxed, SourcePosition position) implements Expr {
        IntLit(long value, SourcePosition position) {
            this(Long.valueOf(value), position);
        }

        @Override
        public Object eval(Evaluator ev, Env env) {
            return boxed;
        }
    }

    /** A floating-point literal. */
    record FloatLit(double value, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return value;
        }
    }

    /** A string without interpolation (also a URI); its value is made once and shared. */
    final class StrLit implements Expr {
        private final String value;
        private final SourcePosition position;
        private Thunk constant;
        private Attr attr;

        StrLit(String value, SourcePosition position) {
            this.value = value;
            this.position = position;
        }

        String value() {
            return value;
        }

        @Override
        public SourcePosition position() {
            return position;
        }

        /** The string as an already computed thunk, the same one each time. */
        Thunk constant() {
            if (constant == null) {
                constant = Thunk.of(NixString.of(value), position);
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
        public Object eval(Evaluator ev, Env env) {
            return constant().force(ev);
        }
    }

    /** A string with interpolated parts, each coerced to a string. */
    record Interpolation(List<Expr> parts, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.interpolate(this, env);
        }
    }

    /** A path literal, already made absolute. */
    record PathLit(String path, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return new NixPath(path);
        }
    }

    /**
     * A path with interpolated parts ({@code ./conf/${name}.nix}); the first part is the path
     * literal.
     */
    record PathInterpolation(List<Expr> parts, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.interpolatePath(this, env);
        }
    }

    /** A {@code <name>} path looked up in the search path. */
    record SearchPath(String name, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.session().searchPath(name, position);
        }
    }

    /** {@code __curPos}: the position it is written at, as a set. */
    record CurPos(SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.curPos(this);
        }
    }

    /**
     * A variable reference. The {@link Resolver} sets where it is bound: {@code level} scopes up,
     * slot {@code slot}; or {@link #DYNAMIC} when only an enclosing {@code with} can provide it.
     */
    final class Var implements Expr {
        static final int UNRESOLVED = -1;
        static final int DYNAMIC = -2;

        private final String name;
        private final SourcePosition position;
        int level = UNRESOLVED;
        int slot;

        Var(String name, SourcePosition position) {
            this.name = name;
            this.position = position;
        }

        String name() {
            return name;
        }

        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.value(this, env);
        }

        @Override
        public SourcePosition position() {
            return position;
        }
    }

    /** {@code e.a.b} with an optional {@code or} fallback (null when absent). */
    record Select(Expr target, List<AttrKey> path, Expr fallback, SourcePosition position)
            implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.select(this, env);
        }
    }

    /** {@code e ? a.b}. */
    record HasAttr(Expr target, List<AttrKey> path, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.hasAttr(this, env);
        }
    }

    /**
     * An attribute set literal; {@code bindings} keeps source order (the parser fills it, the
     * evaluator reads it through {@link #layout()}).
     */
    final class Attrs implements Expr {
        private final boolean recursive;
        private final Map<String, Binding> bindings;
        private final List<DynamicBinding> dynamic;
        private final SourcePosition position;
        private Bindings.Layout layout;

        Attrs(
                boolean recursive,
                Map<String, Binding> bindings,
                List<DynamicBinding> dynamic,
                SourcePosition position) {
            this.recursive = recursive;
            this.bindings = bindings;
            this.dynamic = dynamic;
            this.position = position;
        }

        boolean recursive() {
            return recursive;
        }

        Map<String, Binding> bindings() {
            return bindings;
        }

        List<DynamicBinding> dynamic() {
            return dynamic;
        }

        @Override
        public SourcePosition position() {
            return position;
        }

        /** The static bindings as arrays, made at the first evaluation (parsing is over then). */
        Bindings.Layout layout() {
            Bindings.Layout l = layout;
            if (l == null) {
                l = Bindings.Layout.of(this);
                layout = l;
            }
            return l;
        }

        @Override
        public Object eval(Evaluator ev, Env env) {
            return Bindings.attrs(ev, this, env);
        }
    }

    /** {@code let bindings in body}. */
    record Let(Attrs bindings, Expr body, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.eval(body, Bindings.letEnv(ev, bindings, env));
        }
    }

    /** {@code with scope; body}. */
    record With(Expr scope, Expr body, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.eval(body, Env.with(env, Thunk.of(scope, env)));
        }
    }

    /** {@code if condition then then else otherwise}. */
    record If(Expr condition, Expr then, Expr otherwise, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.evalIf(this, env);
        }
    }

    /** {@code assert condition; body}. */
    record Assert(Expr condition, Expr body, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.evalAssert(this, env);
        }
    }

    /**
     * A function: {@code argument: body}, {@code { formals }: body} or both with {@code @}.
     *
     * @param name the attribute or variable it is bound to, for traces, or null
     * @param argument the name bound to the whole argument, or null
     * @param formals the set pattern, or null for a plain argument
     * @param strict whether the body keeps no reference to its scope ({@link StrictBodies})
     */
    record Lambda(
            String name,
            String argument,
            Formals formals,
            Expr body,
            SourcePosition position,
            boolean strict)
            implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return new Closure(this, env);
        }
    }

    /** Application of a function to one or more arguments. */
    record Call(Expr function, List<Expr> arguments, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.evalCall(this, env);
        }
    }

    /** A list literal. */
    record ListOf(List<Expr> elements, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return ev.list(this, env);
        }
    }

    /** A binary operator application. */
    record Binary(Operator operator, Expr left, Expr right, SourcePosition position)
            implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return Operators.binary(ev, this, env);
        }
    }

    /** Boolean negation {@code !e}. */
    record Not(Expr operand, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return !ev.forceBool(ev.eval(operand, env), position);
        }
    }

    /** Arithmetic negation {@code -e}. */
    record Negate(Expr operand, SourcePosition position) implements Expr {
        @Override
        public Object eval(Evaluator ev, Env env) {
            return Operators.subtract(ev, 0L, ev.eval(operand, env), position);
        }
    }

    /** The binary operators, with their source spelling. */
    enum Operator {
        EQ("=="),
        NEQ("!="),
        LT("<"),
        LEQ("<="),
        GT(">"),
        GEQ(">="),
        AND("&&"),
        OR("||"),
        IMPL("->"),
        UPDATE("//"),
        CONCAT("++"),
        ADD("+"),
        SUB("-"),
        MUL("*"),
        DIV("/");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * One static attribute of a set or {@code let}; {@code inherited} values are evaluated outside
     * a {@code rec}.
     */
    record Binding(Expr value, boolean inherited, SourcePosition position) {}

    /** An attribute whose name is computed ({@code ${e} = v;}). */
    record DynamicBinding(Expr name, Expr value, SourcePosition position) {}

    /** One component of an attribute path. */
    sealed interface AttrKey {

        /**
         * A name written literally; it remembers where it was last found, so that selecting it from
         * sets of the same names skips the search.
         */
        final class Name implements AttrKey {
            private final String name;
            private int hint;

            Name(String name) {
                this.name = name;
            }

            String name() {
                return name;
            }

            /** The attribute of this name in a set, or null. */
            Attr in(NixAttrs attrs) {
                String[] names = attrs.names;
                int i = hint;
                if (i < names.length && names[i] == name) {
                    return attrs.values[i];
                }
                i = attrs.indexOf(name);
                if (i < 0) {
                    return null;
                }
                hint = i;
                return attrs.values[i];
            }
        }

        /** A name computed by an expression. */
        record Dynamic(Expr expr) implements AttrKey {}
    }

    /** A set pattern: the formal arguments and whether {@code ...} allows more. */
    record Formals(List<Formal> formals, boolean ellipsis) {}

    /** One formal argument with its default (null when required). */
    record Formal(String name, Expr fallback, SourcePosition position) {}
}
