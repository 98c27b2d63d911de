package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/**
 * The nodes of {@link Expr} that bind or look up variables, named through it ({@code Expr.Var}).
 */
interface ScopeNodes {

    /**
     * A variable reference. The {@link Resolver} sets where it is bound: {@code level} scopes up,
     * slot {@code slot}; or {@link #DYNAMIC} when only an enclosing {@code with} can provide it.
     */
    final class Var extends Expr {
        static final int UNRESOLVED = -1;
        static final int DYNAMIC = -2;

        private final String name;
        int level = UNRESOLVED;
        int slot;

        Var(String name, SourcePosition position) {
            super(position);
            this.name = name;
        }

        String name() {
            return name;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.value(this, env);
        }
    }

    /** {@code let bindings in body}. */
    final class Let extends Expr {
        private final Expr.Attrs bindings;
        private final Expr body;

        Let(Expr.Attrs bindings, Expr body, SourcePosition position) {
            super(position);
            this.bindings = bindings;
            this.body = body;
        }

        Expr.Attrs bindings() {
            return bindings;
        }

        Expr body() {
            return body;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return body.eval(ev, Bindings.letEnv(ev, bindings, env));
        }
    }

    /** {@code with scope; body}. */
    final class With extends Expr {
        private final Expr scope;
        private final Expr body;

        With(Expr scope, Expr body, SourcePosition position) {
            super(position);
            this.scope = scope;
            this.body = body;
        }

        Expr scope() {
            return scope;
        }

        Expr body() {
            return body;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return body.eval(ev, Env.with(env, Thunk.of(scope, env)));
        }
    }

    /**
     * A function: {@code argument: body}, {@code { formals }: body} or both with {@code @}. A body
     * loaded from the parse cache may be read only when first asked for ({@link TreeReader.Block}).
     */
    final class Lambda extends Expr {
        private final String name;
        private final String argument;
        private final Expr.Formals formals;
        private volatile Expr body;
        private TreeReader.Block block;
        private final boolean strict;
        private Lambda curried;

        /**
         * A function.
         *
         * @param name the attribute or variable it is bound to, for traces, or null
         * @param argument the name bound to the whole argument, or null
         * @param formals the set pattern, or null for a plain argument
         * @param strict whether the body keeps no reference to its scope ({@link StrictBodies})
         */
        Lambda(
                String name,
                String argument,
                Expr.Formals formals,
                Expr body,
                SourcePosition position,
                boolean strict) {
            this(name, argument, formals, body, null, position, strict);
        }

        private static Lambda curriedOf(Expr.Formals formals, Expr body) {
            return formals == null && body instanceof Lambda inner && inner.formals == null
                    ? inner
                    : null;
        }

        /**
         * The inner function of a function of the form {@code x: y: body}, or null: applied to two
         * arguments, such a function needs no intermediate closure (making it cannot fail).
         */
        Lambda curried() {
            if (body == null) {
                read();
            }
            return curried;
        }

        /** A function whose body is read from {@code block} when first asked for. */
        Lambda(
                String name,
                String argument,
                Expr.Formals formals,
                TreeReader.Block block,
                SourcePosition position,
                boolean strict) {
            this(name, argument, formals, null, block, position, strict);
        }

        private Lambda(
                String name,
                String argument,
                Expr.Formals formals,
                Expr body,
                TreeReader.Block block,
                SourcePosition position,
                boolean strict) {
            super(position);
            this.name = name;
            this.argument = argument;
            this.formals = formals;
            this.body = body;
            this.block = block;
            this.strict = strict;
            this.curried = body == null ? null : curriedOf(formals, body);
        }

        String name() {
            return name;
        }

        String argument() {
            return argument;
        }

        Expr.Formals formals() {
            return formals;
        }

        Expr body() {
            Expr b = body;
            return b != null ? b : read();
        }

        private synchronized Expr read() {
            Expr b = body;
            if (b == null) {
                b = block.body(this);
                curried = curriedOf(formals, b);
                body = b;
                block = null;
            }
            return b;
        }

        boolean strict() {
            return strict;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return new Closure(this, env);
        }
    }
}
