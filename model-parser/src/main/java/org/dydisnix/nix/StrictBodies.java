package org.dydisnix.nix;

import java.util.List;

/**
 * Function bodies that keep no reference to their scope once evaluated: no function, thunk, set,
 * list or scope is made of them, only values computed at once. Such a body runs in a scope the
 * evaluator lends and takes back ({@link Evaluator#borrowScope}).
 */
final class StrictBodies {

    private StrictBodies() {}

    /** Whether evaluating the expression keeps no reference to its scope. */
    static boolean keepNoScope(Expr e) {
        if (e instanceof Expr.Var
                || e instanceof Expr.IntLit
                || e instanceof Expr.FloatLit
                || e instanceof Expr.StrLit
                || e instanceof Expr.PathLit) {
            return true;
        }
        if (e instanceof Expr.Binary b) {
            return keepNoScope(b.left()) && keepNoScope(b.right());
        }
        if (e instanceof Expr.Not n) {
            return keepNoScope(n.operand());
        }
        if (e instanceof Expr.Negate n) {
            return keepNoScope(n.operand());
        }
        if (e instanceof Expr.If i) {
            return keepNoScope(i.condition())
                    && keepNoScope(i.then())
                    && keepNoScope(i.otherwise());
        }
        if (e instanceof Expr.Assert a) {
            return keepNoScope(a.condition()) && keepNoScope(a.body());
        }
        if (e instanceof Expr.Select s) {
            return keepNoScope(s.target())
                    && (s.fallback() == null || keepNoScope(s.fallback()))
                    && staticPath(s.path());
        }
        if (e instanceof Expr.HasAttr h) {
            return keepNoScope(h.target()) && staticPath(h.path());
        }
        if (e instanceof Expr.Interpolation i) {
            return i.parts().stream().allMatch(StrictBodies::keepNoScope);
        }
        return false;
    }

    private static boolean staticPath(List<Expr.AttrKey> path) {
        return path.stream().allMatch(key -> key instanceof Expr.AttrKey.Name);
    }
}
