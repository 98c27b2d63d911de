package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;

/**
 * Java functions offered to Nix code as an attribute set of built-ins, and Java data turned into
 * lazy Nix values. A function receives its argument unforced and returns Java data: {@link
 * ModelNode}s (kept as they are, unforced), {@code Map}s, {@code List}s, strings, numbers, Booleans
 * or null.
 */
public final class HostFunctions {

    /** A Java function called from Nix with one argument. */
    @FunctionalInterface
    public interface HostFunction {
        /**
         * @param argument the argument, unforced
         * @param at where the call is written
         * @return the result as Java data
         */
        Object apply(ModelNode argument, SourcePosition at);
    }

    private HostFunctions() {}

    /** An attribute set whose attributes are the given functions, named {@code prefix + name}. */
    public static ModelNode functions(
            NixEvaluator evaluator, String prefix, Map<String, HostFunction> functions) {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        functions.forEach(
                (name, function) ->
                        attrs.put(
                                name,
                                new Attr(
                                        Thunk.of(
                                                new PrimOp(
                                                        prefix + name,
                                                        1,
                                                        (ev, argument, unused, none, at) ->
                                                                thunk(
                                                                                evaluator,
                                                                                function.apply(
                                                                                        new NixModelNode(
                                                                                                ev,
                                                                                                argument,
                                                                                                at),
                                                                                        at))
                                                                        .force(ev))),
                                        null)));
        return evaluator.node(new NixAttrs(attrs, null), null);
    }

    /** The Nix value of Java data; nodes inside it stay unforced. */
    public static ModelNode value(NixEvaluator evaluator, Object data) {
        if (data instanceof NixModelNode node) {
            return node;
        }
        return new NixModelNode(evaluator.session().evaluator(), thunk(evaluator, data), null);
    }

    /** A value computed from Java data when first forced (a failure surfaces only then). */
    public static ModelNode lazy(NixEvaluator evaluator, Supplier<Object> data, SourcePosition at) {
        Evaluator ev = evaluator.session().evaluator();
        Thunk thunk = Thunk.lazy(() -> thunk(evaluator, data.get()).force(ev), at);
        return new NixModelNode(ev, thunk, at);
    }

    /**
     * Evaluates a model file; a function is called with the arguments it accepts (all of them when
     * it takes {@code ...} or a plain argument).
     */
    public static ModelNode callModel(
            NixEvaluator evaluator, java.nio.file.Path file, Map<String, Object> arguments) {
        return Guard.run(
                () -> {
                    String name = file.toAbsolutePath().normalize().toString();
                    SourcePosition at =
                            new SourcePosition(
                                    Session.displayName(java.nio.file.Path.of(name)), 1, 1);
                    Object value = evaluator.session().importFile(java.nio.file.Path.of(name), at);
                    if (Types.isFunction(value)) {
                        NixAttrs argument =
                                (NixAttrs)
                                        thunk(evaluator, arguments)
                                                .force(evaluator.session().evaluator());
                        value = evaluator.callWith(value, NixAttrs.EMPTY, argument, at);
                    }
                    return evaluator.node(value, at);
                });
    }

    /** Where {@code <name>} points on the evaluator's Nix search path, if anywhere. */
    public static Optional<String> findOnSearchPath(NixEvaluator evaluator, String name) {
        try {
            return Optional.of(
                    Session.findFile(evaluator.session().searchEntries(), name, null).path());
        } catch (NixError e) {
            return Optional.empty();
        }
    }

    private static Thunk thunk(NixEvaluator evaluator, Object data) {
        if (data instanceof ModelNode node) {
            return evaluator.thunkOf(node);
        }
        if (data instanceof Map<?, ?> map) {
            TreeMap<String, Attr> attrs = new TreeMap<>();
            map.forEach(
                    (key, value) ->
                            attrs.put(
                                    String.valueOf(key), new Attr(thunk(evaluator, value), null)));
            return Thunk.of(new NixAttrs(attrs, null));
        }
        if (data instanceof List<?> list) {
            List<Thunk> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(thunk(evaluator, item)));
            return Thunk.of(Builtins.list(items));
        }
        return Thunk.of(PlainValues.fromPlain(data));
    }
}
