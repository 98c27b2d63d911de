package org.dydisnix.nix;

import java.util.List;
import org.dydisnix.model.SourcePosition;

/**
 * The nodes of {@link Expr} that select, branch, apply or operate, named through it ({@code
 * Expr.Call}).
 */
interface OperationNodes {

    /** {@code e.a.b} with an optional {@code or} fallback (null when absent). */
    final class Select extends Expr {
        private final Expr target;
        private final List<Expr.AttrKey> path;
        final Expr.AttrKey[] keys;
        private final Expr fallback;

        Select(Expr target, List<Expr.AttrKey> path, Expr fallback, SourcePosition position) {
            super(position);
            this.target = target;
            this.path = path;
            this.keys = path.toArray(new Expr.AttrKey[0]);
            this.fallback = fallback;
        }

        Expr target() {
            return target;
        }

        List<Expr.AttrKey> path() {
            return path;
        }

        Expr fallback() {
            return fallback;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.select(this, env);
        }
    }

    /** {@code e ? a.b}. */
    final class HasAttr extends Expr {
        private final Expr target;
        private final List<Expr.AttrKey> path;
        final Expr.AttrKey[] keys;

        HasAttr(Expr target, List<Expr.AttrKey> path, SourcePosition position) {
            super(position);
            this.target = target;
            this.path = path;
            this.keys = path.toArray(new Expr.AttrKey[0]);
        }

        Expr target() {
            return target;
        }

        List<Expr.AttrKey> path() {
            return path;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.hasAttr(this, env);
        }
    }

    /** {@code if condition then then else otherwise}. */
    final class If extends Expr {
        private final Expr condition;
        private final Expr then;
        private final Expr otherwise;

        If(Expr condition, Expr then, Expr otherwise, SourcePosition position) {
            super(position);
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        Expr condition() {
            return condition;
        }

        Expr then() {
            return then;
        }

        Expr otherwise() {
            return otherwise;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.forceBool(ev.eval(condition, env), condition.position())
                    ? ev.eval(then, env)
                    : ev.eval(otherwise, env);
        }
    }

    /** {@code assert condition; body}. */
    final class Assert extends Expr {
        private final Expr condition;
        private final Expr body;

        Assert(Expr condition, Expr body, SourcePosition position) {
            super(position);
            this.condition = condition;
            this.body = body;
        }

        Expr condition() {
            return condition;
        }

        Expr body() {
            return body;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return ev.evalAssert(this, env);
        }
    }

    /** Application of a function to one or more arguments. */
    final class Call extends Expr {
        private final Expr function;
        private final List<Expr> arguments;
        final Expr[] args;

        Call(Expr function, List<Expr> arguments, SourcePosition position) {
            super(position);
            this.function = function;
            this.arguments = arguments;
            this.args = arguments.toArray(new Expr[0]);
        }

        Expr function() {
            return function;
        }

        List<Expr> arguments() {
            return arguments;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return Calls.evalCall(ev, this, env);
        }
    }

    /** A binary operator application. */
    final class Binary extends Expr {
        private final Expr.Operator operator;
        private final Expr left;
        private final Expr right;
        final transient UpdateSite updates;

        Binary(Expr.Operator operator, Expr left, Expr right, SourcePosition position) {
            super(position);
            this.operator = operator;
            this.left = left;
            this.right = right;
            this.updates = operator == Expr.Operator.UPDATE ? new UpdateSite() : null;
        }

        Expr.Operator operator() {
            return operator;
        }

        Expr left() {
            return left;
        }

        Expr right() {
            return right;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return Operators.binary(ev, this, env);
        }
    }

    /** Boolean negation {@code !e}. */
    final class Not extends Expr {
        private final Expr operand;

        Not(Expr operand, SourcePosition position) {
            super(position);
            this.operand = operand;
        }

        Expr operand() {
            return operand;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return !ev.forceBool(ev.eval(operand, env), position());
        }
    }

    /** Arithmetic negation {@code -e}. */
    final class Negate extends Expr {
        private final Expr operand;

        Negate(Expr operand, SourcePosition position) {
            super(position);
            this.operand = operand;
        }

        Expr operand() {
            return operand;
        }

        @Override
        Object eval(Evaluator ev, Env env) {
            return Operators.subtract(ev, 0L, operand.eval(ev, env), position());
        }
    }
}
