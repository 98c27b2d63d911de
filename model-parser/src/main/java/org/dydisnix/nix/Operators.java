package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import org.dydisnix.model.SourcePosition;

/** The binary operators: arithmetic, concatenation, comparison, deep equality, logic and update. */
final class Operators {

    private Operators() {}

    static Object binary(Evaluator ev, Expr.Binary b, Env env) {
        SourcePosition at = b.position();
        switch (b.operator()) {
            case AND:
                return ev.forceBool(ev.eval(b.left(), env), b.left().position())
                        && ev.forceBool(ev.eval(b.right(), env), b.right().position());
            case OR:
                return ev.forceBool(ev.eval(b.left(), env), b.left().position())
                        || ev.forceBool(ev.eval(b.right(), env), b.right().position());
            case IMPL:
                return !ev.forceBool(ev.eval(b.left(), env), b.left().position())
                        || ev.forceBool(ev.eval(b.right(), env), b.right().position());
            default:
                break;
        }
        Object left = ev.eval(b.left(), env);
        Object right = ev.eval(b.right(), env);
        return switch (b.operator()) {
            case EQ -> equal(ev, left, right, at);
            case NEQ -> !equal(ev, left, right, at);
            case LT -> compare(ev, left, right, at) < 0;
            case LEQ -> compare(ev, right, left, at) >= 0;
            case GT -> compare(ev, right, left, at) < 0;
            case GEQ -> compare(ev, left, right, at) >= 0;
            case UPDATE ->
                    update(
                            b.updates,
                            ev.forceAttrs(left, b.left().position()),
                            ev.forceAttrs(right, b.right().position()));
            case CONCAT ->
                    concat(
                            ev.forceList(left, b.left().position()),
                            ev.forceList(right, b.right().position()));
            case ADD -> add(ev, left, right, at);
            case SUB -> subtract(ev, left, right, at);
            case MUL -> multiply(ev, left, right, at);
            case DIV -> divide(ev, left, right, at);
            default -> throw new IllegalStateException(b.operator().toString());
        };
    }

    static NixAttrs update(NixAttrs left, NixAttrs right) {
        if (right.size() == 0) {
            return left;
        }
        if (left.size() == 0) {
            return right;
        }
        return NixAttrs.update(left, right);
    }

    private static NixAttrs update(UpdateSite site, NixAttrs left, NixAttrs right) {
        if (right.size() == 0) {
            return left;
        }
        if (left.size() == 0) {
            return right;
        }
        return site.update(left, right);
    }

    static NixList concat(NixList left, NixList right) {
        if (right.size() == 0) {
            return left;
        }
        if (left.size() == 0) {
            return right;
        }
        List<Thunk> items = new ArrayList<>(left.size() + right.size());
        items.addAll(left.items());
        items.addAll(right.items());
        return new NixList(items);
    }

    private static Object add(Evaluator ev, Object left, Object right, SourcePosition at) {
        if (left instanceof Long a) {
            if (right instanceof Long b) {
                return b == 0 ? a : a == 0 ? b : Longs.of(a + b);
            }
            if (right instanceof Double b) {
                return a + b;
            }
            throw NixError.type(at, "cannot add " + Types.show(right) + " to an integer");
        }
        if (left instanceof Double a) {
            if (right instanceof Long b) {
                return a + b;
            }
            if (right instanceof Double b) {
                return a + b;
            }
            throw NixError.type(at, "cannot add " + Types.show(right) + " to a float");
        }
        if (left instanceof NixPath path) {
            NixString suffix = Strings.coerce(ev, right, at, false, false);
            if (!suffix.context().isEmpty()) {
                throw NixError.type(
                        at, "a string that refers to a store path cannot be appended to a path");
            }
            return new NixPath(Paths.canonical(path.path() + suffix.text()));
        }
        NixString a = Strings.coerce(ev, left, at, false, true);
        NixString b = Strings.coerce(ev, right, at, false, true);
        return new NixString(a.text() + b.text(), NixString.merge(a.context(), b.context()));
    }

    static Object subtract(Evaluator ev, Object left, Object right, SourcePosition at) {
        if (left instanceof Long a && right instanceof Long b) {
            return b == 0 ? a : Longs.of(a - b);
        }
        return number(left, at) - number(right, at);
    }

    private static Object multiply(Evaluator ev, Object left, Object right, SourcePosition at) {
        if (left instanceof Long a && right instanceof Long b) {
            return Longs.of(a * b);
        }
        return number(left, at) * number(right, at);
    }

    private static Object divide(Evaluator ev, Object left, Object right, SourcePosition at) {
        double divisor = number(right, at);
        if (divisor == 0) {
            throw NixError.of(NixError.Kind.DIVISION_BY_ZERO, at, "division by zero");
        }
        if (left instanceof Long a && right instanceof Long b) {
            if (a == Long.MIN_VALUE && b == -1) {
                throw NixError.of(NixError.Kind.EVAL, at, "overflow in integer division");
            }
            return Longs.of(a / b);
        }
        return number(left, at) / divisor;
    }

    static double number(Object value, SourcePosition at) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Double d) {
            return d;
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while an integer was expected");
    }

    /** Nix's {@code ==}: deep, numbers compared across int and float, functions never equal. */
    static boolean equal(Evaluator ev, Object a, Object b, SourcePosition at) {
        if (a instanceof NixString x) {
            return b instanceof NixString y && (x == y || x.text().equals(y.text()));
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (Types.isFunction(a)) {
            return false;
        }
        if (a == b) {
            return true;
        }
        if ((a instanceof Long || a instanceof Double)
                && (b instanceof Long || b instanceof Double)) {
            return number(a, at) == number(b, at);
        }
        if (a instanceof Long || a instanceof Double) {
            return false;
        }
        if (a instanceof NixPath x) {
            return b instanceof NixPath y && x.path().equals(y.path());
        }
        if (a instanceof Boolean x) {
            return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        }
        if (a == NixNull.NULL) {
            return false;
        }
        if (a instanceof NixList x) {
            if (!(b instanceof NixList y) || x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                Thunk p = x.items().get(i);
                Thunk q = y.items().get(i);
                if (p != q && !equal(ev, p.force(ev), q.force(ev), at)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof NixAttrs x) {
            if (!(b instanceof NixAttrs y)) {
                return false;
            }
            if (x.isDerivation(ev) && y.isDerivation(ev)) {
                Attr p = x.get("outPath");
                Attr q = y.get("outPath");
                if (p != null && q != null) {
                    return equal(ev, ev.forceAttr(p, "outPath"), ev.forceAttr(q, "outPath"), at);
                }
            }
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.names.length; i++) {
                String name = x.names[i];
                if (!name.equals(y.names[i])) {
                    return false;
                }
                Attr mine = x.values[i];
                Attr other = y.values[i];
                if (other.value() != mine.value()
                        && !equal(ev, ev.forceAttr(mine, name), ev.forceAttr(other, name), at)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Nix's ordering of numbers, strings, paths and (element-wise) lists. */
    static int compare(Evaluator ev, Object a, Object b, SourcePosition at) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if ((a instanceof Long || a instanceof Double)
                && (b instanceof Long || b instanceof Double)) {
            double x = number(a, at);
            double y = number(b, at);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (a instanceof NixString x && b instanceof NixString y) {
            return Strings.compareBytes(x.text(), y.text());
        }
        if (a instanceof NixPath x && b instanceof NixPath y) {
            return Strings.compareBytes(x.path(), y.path());
        }
        if (a instanceof NixList x && b instanceof NixList y) {
            for (int i = 0; ; i++) {
                if (i == y.size()) {
                    return i == x.size() ? 0 : 1;
                }
                if (i == x.size()) {
                    return -1;
                }
                Object p = x.items().get(i).force(ev);
                Object q = y.items().get(i).force(ev);
                if (!equal(ev, p, q, at)) {
                    return compare(ev, p, q, at);
                }
            }
        }
        throw NixError.type(at, "cannot compare " + Types.show(a) + " with " + Types.show(b));
    }
}
