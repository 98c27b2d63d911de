package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/** Names of value types as Nix shows them in messages and in {@code builtins.typeOf}. */
final class Types {

    private Types() {}

    /** The type as in "value is a string while a set was expected". */
    static String show(Object value) {
        if (value instanceof Long) {
            return "an integer";
        } else if (value instanceof Double) {
            return "a float";
        } else if (value instanceof Boolean) {
            return "a Boolean";
        } else if (value instanceof NixString s) {
            return s.context().isEmpty() ? "a string" : "a string with context";
        } else if (value instanceof NixPath) {
            return "a path";
        } else if (value == NixNull.NULL) {
            return "null";
        } else if (value instanceof NixAttrs) {
            return "a set";
        } else if (value instanceof NixList) {
            return "a list";
        } else if (value instanceof Closure) {
            return "a function";
        } else if (value instanceof PrimOp p) {
            return "the built-in function '" + p.name() + "'";
        } else if (value instanceof PartialPrimOp p) {
            return "the partially applied built-in function '" + p.primOp().name() + "'";
        }
        return "an unknown value";
    }

    /** The result of {@code builtins.typeOf}. */
    static String typeOf(Object value) {
        if (value instanceof Long) {
            return "int";
        } else if (value instanceof Double) {
            return "float";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof NixString) {
            return "string";
        } else if (value instanceof NixPath) {
            return "path";
        } else if (value == NixNull.NULL) {
            return "null";
        } else if (value instanceof NixAttrs) {
            return "set";
        } else if (value instanceof NixList) {
            return "list";
        }
        return "lambda";
    }

    static boolean isFunction(Object value) {
        return value instanceof Closure
                || value instanceof PrimOp
                || value instanceof PartialPrimOp;
    }

    /** A function as named in traces: {@code 'f'} or {@code anonymous function}. */
    static String describe(Expr.Lambda lambda) {
        return lambda.name() == null ? "anonymous function" : "'" + lambda.name() + "'";
    }

    /**
     * The frames of a failed call, as nix-instantiate 2.8 prints them: the function at its
     * definition, then the call site.
     */
    static NixError called(NixError e, Expr.Lambda lambda, SourcePosition at) {
        return e.addTrace(
                        lambda.position(),
                        "while evaluating "
                                + (lambda.name() == null
                                        ? "anonymous lambda"
                                        : "'" + lambda.name() + "'"))
                .addTrace(at, "from call site");
    }

    /** Whether a position lies in Nix's own {@code derivation} (whose frames Nix does not show). */
    static boolean inDerivationNix(SourcePosition position) {
        return position != null && position.file().equals("<nix/derivation-internal.nix>");
    }

    /**
     * A function as named in messages: {@code 'f' at file:1:2} or {@code anonymous function at
     * file:1:2}.
     */
    static String function(Expr.Lambda lambda) {
        return lambda.name() == null
                ? "anonymous function at " + lambda.position()
                : "'" + lambda.name() + "' at " + lambda.position();
    }
}
