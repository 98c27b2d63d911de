package org.dydisnix.nix;

import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/**
 * A node of the Nix syntax tree; every node keeps the position it was parsed at. A class, not an
 * interface: evaluating a node is a virtual call and testing for one a class check, both cheaper
 * than through an interface. The nodes are declared by family in {@link LiteralNodes}, {@link
 * ScopeNodes} and {@link OperationNodes}, and named through this class ({@code Expr.Call}).
 */
abstract sealed class Expr implements LiteralNodes, ScopeNodes, OperationNodes
        permits LiteralNodes.IntLit,
                LiteralNodes.FloatLit,
                LiteralNodes.StrLit,
                LiteralNodes.Interpolation,
                LiteralNodes.PathLit,
                LiteralNodes.PathInterpolation,
                LiteralNodes.SearchPath,
                LiteralNodes.CurPos,
                LiteralNodes.ListOf,
                ScopeNodes.Var,
                ScopeNodes.Let,
                ScopeNodes.With,
                ScopeNodes.Lambda,
                OperationNodes.Select,
                OperationNodes.HasAttr,
                OperationNodes.If,
                OperationNodes.Assert,
                OperationNodes.Call,
                OperationNodes.Binary,
                OperationNodes.Not,
                OperationNodes.Negate,
                Expr.Attrs {
    private final SourcePosition position;

    Expr(SourcePosition position) {
        this.position = position;
    }

    /** Where the expression starts (for operators: the operator). */
    final SourcePosition position() {
        return position;
    }

    /** Evaluates this expression in an environment. */
    abstract Object eval(Evaluator ev, Env env);

    /**
     * An attribute set literal; {@code bindings} keeps source order (the parser fills it, the
     * evaluator reads it through {@link #layout()}).
     */
    static final class Attrs extends Expr {
        private final boolean recursive;
        private final Map<String, Binding> bindings;
        private final List<DynamicBinding> dynamic;
        private Bindings.Layout layout;

        Attrs(
                boolean recursive,
                Map<String, Binding> bindings,
                List<DynamicBinding> dynamic,
                SourcePosition position) {
            super(position);
            this.recursive = recursive;
            this.bindings = bindings;
            this.dynamic = dynamic;
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
        Object eval(Evaluator ev, Env env) {
            return Bindings.attrs(ev, this, env);
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
         * A name written literally; it remembers the last two places it was found at and the last
         * shape (names array) it was missing from, so that selecting it from sets of the same names
         * skips the search.
         */
        final class Name implements AttrKey {
            private final String name;
            private int hint;
            private int previous;
            private String[] missingFrom;

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
                int j = previous;
                if (j < names.length && names[j] == name) {
                    previous = i;
                    hint = j;
                    return attrs.values[j];
                }
                if (names == missingFrom) {
                    return null;
                }
                j = attrs.indexOf(name);
                if (j < 0) {
                    missingFrom = names;
                    return null;
                }
                previous = i;
                hint = j;
                return attrs.values[j];
            }
        }

        /** A name computed by an expression. */
        record Dynamic(Expr expr) implements AttrKey {}
    }

    /** A set pattern: the formal arguments and whether {@code ...} allows more. */
    static final class Formals {
        private final List<Formal> formals;
        final Formal[] array;
        private final boolean ellipsis;
        final transient FormalsSite site;

        /** What {@code builtins.functionArgs} returns for this pattern, once it was asked. */
        transient NixAttrs args;

        Formals(List<Formal> formals, boolean ellipsis) {
            this.formals = formals;
            this.array = formals.toArray(new Formal[0]);
            this.ellipsis = ellipsis;
            this.site = new FormalsSite(array);
        }

        List<Formal> formals() {
            return formals;
        }

        boolean ellipsis() {
            return ellipsis;
        }
    }

    /** One formal argument with its default (null when required). */
    record Formal(String name, Expr fallback, SourcePosition position) {}
}
