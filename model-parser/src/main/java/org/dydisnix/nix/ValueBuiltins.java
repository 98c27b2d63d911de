package org.dydisnix.nix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dydisnix.model.SourcePosition;

/** Built-ins about values in general: type tests, forcing, errors, arithmetic and closures. */
enum ValueBuiltins implements BuiltinCode {
    TYPE_OF("typeOf", 1),
    IS_ATTRS("isAttrs", 1),
    IS_LIST("isList", 1),
    IS_STRING("isString", 1),
    IS_INT("isInt", 1),
    IS_FLOAT("isFloat", 1),
    IS_BOOL("isBool", 1),
    IS_FUNCTION("isFunction", 1),
    IS_PATH("isPath", 1),
    IS_NULL("isNull", 1),
    SEQ("seq", 2, LAZY),
    DEEP_SEQ("deepSeq", 2, LAZY),
    TRACE("trace", 2, LAZY),
    TRY_EVAL("tryEval", 1, LAZY),
    THROW("throw", 1),
    ABORT("abort", 1),
    ADD("add", 2),
    SUB("sub", 2),
    MUL("mul", 2),
    DIV("div", 2),
    LESS_THAN("lessThan", 2),
    BIT_AND("bitAnd", 2),
    BIT_OR("bitOr", 2),
    BIT_XOR("bitXor", 2),
    CEIL("ceil", 1),
    FLOOR("floor", 1),
    ADD_ERROR_CONTEXT("addErrorContext", 2, LAZY),
    GENERIC_CLOSURE("genericClosure", 1),
    TO_JSON("toJSON", 1),
    FROM_JSON("fromJSON", 1),
    TO_XML("toXML", 1);

    private final PrimOp primOp;

    ValueBuiltins(String name, int arity) {
        this(name, arity, false);
    }

    ValueBuiltins(String name, int arity, boolean lazy) {
        primOp = PrimOp.of(name, arity, lazy, this);
    }

    @Override
    public PrimOp primOp() {
        return primOp;
    }

    @Override
    public Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at) {
        return switch (this) {
            case TYPE_OF -> NixString.of(Types.typeOf(first));
            case IS_ATTRS -> first instanceof NixAttrs;
            case IS_LIST -> first instanceof NixList;
            case IS_STRING -> first instanceof NixString;
            case IS_INT -> first instanceof Long;
            case IS_FLOAT -> first instanceof Double;
            case IS_BOOL -> first instanceof Boolean;
            case IS_FUNCTION -> Types.isFunction(first);
            case IS_PATH -> first instanceof NixPath;
            case IS_NULL -> first == NixNull.NULL;
            case SEQ -> seq(ev, (Thunk) first, (Thunk) second);
            case DEEP_SEQ -> deepSeq(ev, (Thunk) first, (Thunk) second);
            case TRACE -> trace(ev, (Thunk) first, (Thunk) second);
            case TRY_EVAL -> tryEval(ev, (Thunk) first, at);
            case THROW -> throwError(ev, first, at);
            case ABORT -> abort(ev, first, at);
            case ADD -> add(ev, first, second, at);
            case SUB -> sub(ev, first, second, at);
            case MUL -> mul(ev, first, second, at);
            case DIV -> div(ev, first, second, at);
            case LESS_THAN -> lessThan(ev, first, second, at);
            case BIT_AND -> bitAnd(ev, first, second, at);
            case BIT_OR -> bitOr(ev, first, second, at);
            case BIT_XOR -> bitXor(ev, first, second, at);
            case CEIL -> ceil(ev, first, at);
            case FLOOR -> floor(ev, first, at);
            case ADD_ERROR_CONTEXT -> addErrorContext(ev, (Thunk) first, (Thunk) second, at);
            case GENERIC_CLOSURE -> genericClosure(ev, first, at);
            case TO_JSON -> toJSON(ev, first, at);
            case FROM_JSON -> fromJSON(ev, first, at);
            case TO_XML -> toXML(ev, first, at);
        };
    }

    private static Object seq(Evaluator ev, Thunk first, Thunk second) {
        first.force(ev);
        return second.force(ev);
    }

    private static Object deepSeq(Evaluator ev, Thunk first, Thunk second) {
        ev.deepForce(first.force(ev));
        return second.force(ev);
    }

    private static Object trace(Evaluator ev, Thunk first, Thunk second) {
        Object message = first.force(ev);
        System.err.println(
                "trace: "
                        + (message instanceof NixString s
                                ? s.text()
                                : NixPrinter.print(ev, message)));
        return second.force(ev);
    }

    private static Object tryEval(Evaluator ev, Thunk expression, SourcePosition at) {
        boolean success;
        Object value;
        try {
            value = expression.force(ev);
            success = true;
        } catch (NixError e) {
            if (!e.isCatchable()) {
                throw e;
            }
            value = false;
            success = false;
        }
        return new NixAttrs(
                new String[] {"success", "value"},
                new Attr[] {new Attr(Thunk.of(success), null), new Attr(Thunk.of(value), null)},
                at);
    }

    private static Object throwError(Evaluator ev, Object v, SourcePosition at) {
        throw NixError.of(NixError.Kind.THROWN, at, Strings.coerce(ev, v, at, false, false).text());
    }

    private static Object abort(Evaluator ev, Object v, SourcePosition at) {
        throw NixError.of(
                NixError.Kind.ABORT,
                at,
                "evaluation aborted with the following error message: '"
                        + Strings.coerce(ev, v, at, false, false).text()
                        + "'");
    }

    private static Object add(Evaluator ev, Object x, Object y, SourcePosition at) {
        if (x instanceof Long p && y instanceof Long q) {
            return p + q;
        }
        return Operators.number(x, at) + Operators.number(y, at);
    }

    private static Object sub(Evaluator ev, Object x, Object y, SourcePosition at) {
        if (x instanceof Long p && y instanceof Long q) {
            return p - q;
        }
        return Operators.number(x, at) - Operators.number(y, at);
    }

    private static Object mul(Evaluator ev, Object x, Object y, SourcePosition at) {
        if (x instanceof Long p && y instanceof Long q) {
            return p * q;
        }
        return Operators.number(x, at) * Operators.number(y, at);
    }

    private static Object div(Evaluator ev, Object x, Object y, SourcePosition at) {
        if (floatArgument(y, at) == 0) {
            throw NixError.of(NixError.Kind.DIVISION_BY_ZERO, at, "division by zero");
        }
        if (x instanceof Long p && y instanceof Long q) {
            return p / q;
        }
        return Operators.number(x, at) / Operators.number(y, at);
    }

    private static Object lessThan(Evaluator ev, Object x, Object y, SourcePosition at) {
        return Operators.compare(ev, x, y, at) < 0;
    }

    private static Object bitAnd(Evaluator ev, Object x, Object y, SourcePosition at) {
        return ev.forceInt(x, at) & ev.forceInt(y, at);
    }

    private static Object bitOr(Evaluator ev, Object x, Object y, SourcePosition at) {
        return ev.forceInt(x, at) | ev.forceInt(y, at);
    }

    private static Object bitXor(Evaluator ev, Object x, Object y, SourcePosition at) {
        return ev.forceInt(x, at) ^ ev.forceInt(y, at);
    }

    private static Object ceil(Evaluator ev, Object v, SourcePosition at) {
        return (long) Math.ceil(floatArgument(v, at));
    }

    private static Object floor(Evaluator ev, Object v, SourcePosition at) {
        return (long) Math.floor(floatArgument(v, at));
    }

    private static Object addErrorContext(
            Evaluator ev, Thunk context, Thunk value, SourcePosition at) {
        try {
            return value.force(ev);
        } catch (NixError e) {
            throw e.addTrace(at, Strings.coerce(ev, context.force(ev), at, false, false).text());
        }
    }

    private static Object toJSON(Evaluator ev, Object v, SourcePosition at) {
        return JsonPrinter.toJson(ev, v, at);
    }

    private static Object fromJSON(Evaluator ev, Object v, SourcePosition at) {
        return JsonReader.read(ev.forceString(v, at).text(), at);
    }

    private static Object toXML(Evaluator ev, Object v, SourcePosition at) {
        return XmlPrinter.toXml(ev, v, at);
    }

    /** A number where Nix forces a float (ints are accepted and converted). */
    private static double floatArgument(Object value, org.dydisnix.model.SourcePosition at) {
        if (!(value instanceof Long) && !(value instanceof Double)) {
            throw NixError.type(
                    at, "value is " + Types.show(value) + " while a float was expected");
        }
        return Operators.number(value, at);
    }

    private static NixError missing(String name, org.dydisnix.model.SourcePosition at) {
        return NixError.of(
                NixError.Kind.MISSING_ATTRIBUTE,
                at,
                "attribute '" + name + "' missing for call to 'genericClosure'");
    }

    private static NixList genericClosure(
            Evaluator ev, Object v, org.dydisnix.model.SourcePosition at) {
        NixAttrs args = ev.forceAttrs(v, at);
        Attr start = args.get("startSet");
        if (start == null) {
            throw missing("startSet", at);
        }
        Deque<Thunk> work = new ArrayDeque<>();
        addAll(work, ev.forceList(ev.forceAttr(start, "startSet"), at).items());
        Attr operator = args.get("operator");
        if (operator == null) {
            throw missing("operator", at);
        }
        Object op = ev.forceAttr(operator, "operator");
        List<Thunk> result = new ArrayList<>();
        java.util.TreeSet<Object> seen = new java.util.TreeSet<>(new ValueOrder(ev, at));
        while (!work.isEmpty()) {
            Thunk item = work.removeFirst();
            NixAttrs element = ev.forceAttrs(item.force(ev), at);
            Attr key = element.get("key");
            if (key == null) {
                throw NixError.of(NixError.Kind.MISSING_ATTRIBUTE, at, "attribute 'key' required");
            }
            Object keyValue = ev.forceAttr(key, "key");
            if (!seen.add(keyValue)) {
                continue;
            }
            result.add(item);
            addAll(work, ev.forceList(ev.call(op, item, at), at).items());
        }
        return Builtins.list(result);
    }

    private static void addAll(Deque<Thunk> work, List<Thunk> items) {
        for (int i = 0, n = items.size(); i < n; i++) {
            work.addLast(items.get(i));
        }
    }

    /** Nix values in the order of {@code <}. */
    private record ValueOrder(Evaluator ev, SourcePosition at)
            implements java.util.Comparator<Object> {
        @Override
        public int compare(Object x, Object y) {
            return Operators.compare(ev, x, y, at);
        }
    }
}
