package org.dydisnix.nix;

import java.util.List;

/**
 * Function bodies that keep no reference to their scope once evaluated: no function, thunk, set,
 * list or scope is made of them, only values computed at once and calls passing literals or the
 * function's own argument (whose thunk is passed, not the scope). Such a body runs in a scope the
 * evaluator lends and takes back ({@link Evaluator#borrowScope}).
 */
final class StrictBodies {

    private StrictBodies() {}

    /**
     * Whether evaluating the expression keeps no reference to its scope.
     *
     * @param argument the name of the plain argument of the function whose body it is, or null
     */
    static boolean keepNoScope(Expr e, String argument) {
        if (e instanceof Expr.Var
                || e instanceof Expr.IntLit
                || e instanceof Expr.FloatLit
                || e instanceof Expr.StrLit
                || e instanceof Expr.PathLit) {
            return true;
        }
        if (e instanceof Expr.Binary b) {
            return keepNoScope(b.left(), argument) && keepNoScope(b.right(), argument);
        }
        if (e instanceof Expr.Not n) {
            return keepNoScope(n.operand(), argument);
        }
        if (e instanceof Expr.Negate n) {
            return keepNoScope(n.operand(), argument);
        }
        if (e instanceof Expr.If i) {
            return keepNoScope(i.condition(), argument)
                    && keepNoScope(i.then(), argument)
                    && keepNoScope(i.otherwise(), argument);
        }
        if (e instanceof Expr.Assert a) {
            return keepNoScope(a.condition(), argument) && keepNoScope(a.body(), argument);
        }
        if (e instanceof Expr.Select s) {
            return keepNoScope(s.target(), argument)
                    && (s.fallback() == null || keepNoScope(s.fallback(), argument))
                    && staticPath(s.path());
        }
        if (e instanceof Expr.HasAttr h) {
            return keepNoScope(h.target(), argument) && staticPath(h.path());
        }
        if (e instanceof Expr.Interpolation i) {
            for (Expr part : i.parts()) {
                if (!keepNoScope(part, argument)) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof Expr.Call c) {
            if (!keepNoScope(c.function(), argument)) {
                return false;
            }
            for (Expr a : c.arguments()) {
                if (!passedAsIs(a, argument)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether an argument is passed as a thunk that refers to no scope. */
    private static boolean passedAsIs(Expr e, String argument) {
        return e instanceof Expr.IntLit
                || e instanceof Expr.FloatLit
                || e instanceof Expr.StrLit
                || e instanceof Expr.PathLit
                || (e instanceof Expr.Var v && v.name().equals(argument));
    }

    private static boolean staticPath(List<Expr.AttrKey> path) {
        for (Expr.AttrKey key : path) {
            if (!(key instanceof Expr.AttrKey.Name)) {
                return false;
            }
        }
        return true;
    }
}
