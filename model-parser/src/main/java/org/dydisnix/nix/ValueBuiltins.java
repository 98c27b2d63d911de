package org.dydisnix.nix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Built-ins about values in general: type tests, forcing, errors, arithmetic and closures. */
final class ValueBuiltins {

    private ValueBuiltins() {}

    /** The names of the built-ins {@link #create} makes. */
    static final String[] NAMES = {
        "typeOf",
        "isAttrs",
        "isList",
        "isString",
        "isInt",
        "isFloat",
        "isBool",
        "isFunction",
        "isPath",
        "isNull",
        "seq",
        "deepSeq",
        "trace",
        "tryEval",
        "throw",
        "abort",
        "add",
        "sub",
        "mul",
        "div",
        "lessThan",
        "bitAnd",
        "bitOr",
        "bitXor",
        "ceil",
        "floor",
        "addErrorContext",
        "genericClosure",
        "toJSON",
        "fromJSON",
        "toXML"
    };

    /** The built-in function {@code builtin} of this group, made when first used. */
    static PrimOp create(Builtins b, String builtin) {
        return switch (builtin) {
            case "typeOf" -> b.primOp1("typeOf", (ev, v, at) -> NixString.of(Types.typeOf(v)));
            case "isAttrs" -> b.primOp1("isAttrs", (ev, v, at) -> v instanceof NixAttrs);
            case "isList" -> b.primOp1("isList", (ev, v, at) -> v instanceof NixList);
            case "isString" -> b.primOp1("isString", (ev, v, at) -> v instanceof NixString);
            case "isInt" -> b.primOp1("isInt", (ev, v, at) -> v instanceof Long);
            case "isFloat" -> b.primOp1("isFloat", (ev, v, at) -> v instanceof Double);
            case "isBool" -> b.primOp1("isBool", (ev, v, at) -> v instanceof Boolean);
            case "isFunction" -> b.primOp1("isFunction", (ev, v, at) -> Types.isFunction(v));
            case "isPath" -> b.primOp1("isPath", (ev, v, at) -> v instanceof NixPath);
            case "isNull" -> b.primOp1("isNull", (ev, v, at) -> v == NixNull.NULL);
            case "seq" ->
                    b.primOp(
                            "seq",
                            2,
                            (ev, args, at) -> {
                                args.get(0).force(ev);
                                return args.get(1).force(ev);
                            });
            case "deepSeq" ->
                    b.primOp(
                            "deepSeq",
                            2,
                            (ev, args, at) -> {
                                ev.deepForce(args.get(0).force(ev));
                                return args.get(1).force(ev);
                            });
            case "trace" ->
                    b.primOp(
                            "trace",
                            2,
                            (ev, args, at) -> {
                                Object message = args.get(0).force(ev);
                                System.err.println(
                                        "trace: "
                                                + (message instanceof NixString s
                                                        ? s.text()
                                                        : NixPrinter.print(ev, message)));
                                return args.get(1).force(ev);
                            });
            case "tryEval" ->
                    b.primOp(
                            "tryEval",
                            1,
                            (ev, args, at) -> {
                                boolean success;
                                Object value;
                                try {
                                    value = args.get(0).force(ev);
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
                                        new Attr[] {
                                            new Attr(Thunk.of(success), null),
                                            new Attr(Thunk.of(value), null)
                                        },
                                        at);
                            });
            case "throw" ->
                    b.primOp1(
                            "throw",
                            (ev, v, at) -> {
                                throw NixError.of(
                                        NixError.Kind.THROWN,
                                        at,
                                        Strings.coerce(ev, v, at, false, false).text());
                            });
            case "abort" ->
                    b.primOp1(
                            "abort",
                            (ev, v, at) -> {
                                throw NixError.of(
                                        NixError.Kind.ABORT,
                                        at,
                                        "evaluation aborted with the following error message: '"
                                                + Strings.coerce(ev, v, at, false, false).text()
                                                + "'");
                            });
            case "add" ->
                    b.primOp2(
                            "add", (ev, x, y, at) -> arithmetic(x, y, at, Long::sum, Double::sum));
            case "sub" ->
                    b.primOp2(
                            "sub",
                            (ev, x, y, at) ->
                                    arithmetic(x, y, at, (p, q) -> p - q, (p, q) -> p - q));
            case "mul" ->
                    b.primOp2(
                            "mul",
                            (ev, x, y, at) ->
                                    arithmetic(x, y, at, (p, q) -> p * q, (p, q) -> p * q));
            case "div" ->
                    b.primOp2(
                            "div",
                            (ev, x, y, at) -> {
                                if (floatArgument(y, at) == 0) {
                                    throw NixError.of(
                                            NixError.Kind.DIVISION_BY_ZERO, at, "division by zero");
                                }
                                return arithmetic(x, y, at, (p, q) -> p / q, (p, q) -> p / q);
                            });
            case "lessThan" ->
                    b.primOp2("lessThan", (ev, x, y, at) -> Operators.compare(ev, x, y, at) < 0);
            case "bitAnd" ->
                    b.primOp2("bitAnd", (ev, x, y, at) -> ev.forceInt(x, at) & ev.forceInt(y, at));
            case "bitOr" ->
                    b.primOp2("bitOr", (ev, x, y, at) -> ev.forceInt(x, at) | ev.forceInt(y, at));
            case "bitXor" ->
                    b.primOp2("bitXor", (ev, x, y, at) -> ev.forceInt(x, at) ^ ev.forceInt(y, at));
            case "ceil" -> b.primOp1("ceil", (ev, v, at) -> (long) Math.ceil(floatArgument(v, at)));
            case "floor" ->
                    b.primOp1("floor", (ev, v, at) -> (long) Math.floor(floatArgument(v, at)));
            case "addErrorContext" ->
                    b.primOp(
                            "addErrorContext",
                            2,
                            (ev, args, at) -> {
                                try {
                                    return args.get(1).force(ev);
                                } catch (NixError e) {
                                    throw e.addTrace(
                                            at,
                                            Strings.coerce(
                                                            ev,
                                                            args.get(0).force(ev),
                                                            at,
                                                            false,
                                                            false)
                                                    .text());
                                }
                            });
            case "genericClosure" -> b.primOp1("genericClosure", ValueBuiltins::genericClosure);
            case "toJSON" -> b.primOp1("toJSON", (ev, v, at) -> JsonPrinter.toJson(ev, v, at));
            case "fromJSON" ->
                    b.primOp1(
                            "fromJSON",
                            (ev, v, at) -> JsonReader.read(ev.forceString(v, at).text(), at));
            case "toXML" -> b.primOp1("toXML", (ev, v, at) -> XmlPrinter.toXml(ev, v, at));
            default -> throw new IllegalArgumentException(builtin);
        };
    }

    /** A number where Nix forces a float (ints are accepted and converted). */
    private static double floatArgument(Object value, org.dydisnix.model.SourcePosition at) {
        if (!(value instanceof Long) && !(value instanceof Double)) {
            throw NixError.type(
                    at, "value is " + Types.show(value) + " while a float was expected");
        }
        return Operators.number(value, at);
    }

    private static Object arithmetic(
            Object x,
            Object y,
            org.dydisnix.model.SourcePosition at,
            java.util.function.LongBinaryOperator ints,
            java.util.function.DoubleBinaryOperator floats) {
        if (x instanceof Long p && y instanceof Long q) {
            return ints.applyAsLong(p, q);
        }
        return floats.applyAsDouble(Operators.number(x, at), Operators.number(y, at));
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
        Deque<Thunk> work =
                new ArrayDeque<>(ev.forceList(ev.forceAttr(start, "startSet"), at).items());
        Attr operator = args.get("operator");
        if (operator == null) {
            throw missing("operator", at);
        }
        Object op = ev.forceAttr(operator, "operator");
        List<Thunk> result = new ArrayList<>();
        java.util.TreeSet<Object> seen =
                new java.util.TreeSet<>((x, y) -> Operators.compare(ev, x, y, at));
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
            work.addAll(ev.forceList(ev.call(op, item, at), at).items());
        }
        return Builtins.list(result);
    }
}
