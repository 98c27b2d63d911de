package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scopes and sets built from bindings: attribute set literals, {@code rec} and {@code let}. */
final class Bindings {

    private Bindings() {}

    /**
     * The static bindings of a set literal or {@code let} as arrays, sorted by name; the attributes
     * whose values are literals are made once ({@code constants}, null elsewhere), and so is the
     * whole set when every value is a literal ({@code constantSet}, else null).
     */
    record Layout(
            String[] names,
            Expr.Binding[] sorted,
            int[] slots,
            Expr.Binding[] inOrder,
            boolean overrides,
            Attr[] constants,
            NixAttrs constantSet) {

        /** The layout of a set's bindings in source order (their slots). */
        static Layout of(Expr.Attrs attrs) {
            Map<String, Expr.Binding> bindings = attrs.bindings();
            int n = bindings.size();
            String[] source = bindings.keySet().toArray(new String[0]);
            Expr.Binding[] inOrder = bindings.values().toArray(new Expr.Binding[0]);
            int[] order = NameSort.order(source);
            String[] names = new String[n];
            Expr.Binding[] sorted = new Expr.Binding[n];
            int[] slots = new int[n];
            Attr[] constants = new Attr[n];
            int literals = 0;
            for (int i = 0; i < n; i++) {
                names[i] = source[order[i]];
                sorted[i] = inOrder[order[i]];
                slots[i] = order[i];
                Object value = literal(sorted[i]);
                if (value != null) {
                    constants[i] = Attr.known(value, sorted[i].value(), sorted[i].position());
                    literals++;
                }
            }
            boolean overrides = bindings.containsKey("__overrides");
            NixAttrs constantSet =
                    literals == n && !overrides && attrs.dynamic().isEmpty()
                            ? new NixAttrs(names, constants, attrs.position())
                            : null;
            return new Layout(names, sorted, slots, inOrder, overrides, constants, constantSet);
        }

        /** The value of a binding written as a literal, or null. */
        private static Object literal(Expr.Binding binding) {
            Expr value = binding.value();
            if (binding.inherited()) {
                return null;
            }
            if (value instanceof Expr.StrLit s) {
                return NixString.of(s.value());
            }
            if (value instanceof Expr.IntLit i) {
                return i.boxed();
            }
            if (value instanceof Expr.FloatLit f) {
                return f.value();
            }
            return value instanceof Expr.PathLit p ? new NixPath(p.path()) : null;
        }
    }

    static NixAttrs attrs(Evaluator ev, Expr.Attrs a, Env env) {
        Layout layout = a.layout();
        if (layout.constantSet() != null) {
            return layout.constantSet();
        }
        Expr.Binding[] bindings = layout.sorted();
        Attr[] constants = layout.constants();
        Attr[] values = new Attr[bindings.length];
        Env scope = env;
        if (!a.recursive()) {
            for (int i = 0; i < values.length; i++) {
                Expr.Binding binding = bindings[i];
                values[i] =
                        constants[i] != null
                                ? constants[i]
                                : ev.attr(binding.value(), env, binding.position(), true);
            }
        } else {
            scope = Env.of(env, values.length);
            Thunk[] vars = scope.slots;
            int[] slots = layout.slots();
            for (int i = 0; i < values.length; i++) {
                Expr.Binding binding = bindings[i];
                Attr attr =
                        constants[i] != null
                                ? constants[i]
                                : binding.inherited()
                                        ? ev.attr(binding.value(), env, binding.position(), true)
                                        : ev.attr(
                                                binding.value(), scope, binding.position(), false);
                values[i] = attr;
                vars[slots[i]] = attr.value();
            }
        }
        NixAttrs result = new NixAttrs(layout.names(), values, a.position());
        if (a.recursive() && layout.overrides()) {
            result = overrides(ev, result, result.get("__overrides"), a, scope.slots);
        }
        return a.dynamic().isEmpty() ? result : dynamic(ev, result, a, scope);
    }

    private static NixAttrs overrides(
            Evaluator ev, NixAttrs set, Attr overrides, Expr.Attrs a, Thunk[] vars) {
        TreeMap<String, Attr> result = new TreeMap<>(set.attrs());
        NixAttrs replacements =
                ev.forceAttrs(ev.forceAttr(overrides, "__overrides"), overrides.position());
        List<String> names = new ArrayList<>(a.bindings().keySet());
        for (Map.Entry<String, Attr> entry : replacements.attrs().entrySet()) {
            result.put(entry.getKey(), entry.getValue());
            int index = names.indexOf(entry.getKey());
            if (index >= 0) {
                vars[index] = entry.getValue().value();
            }
        }
        return new NixAttrs(result, a.position());
    }

    private static NixAttrs dynamic(Evaluator ev, NixAttrs set, Expr.Attrs a, Env scope) {
        NixAttrs result = set;
        for (Expr.DynamicBinding binding : a.dynamic()) {
            Object name = ev.eval(binding.name(), scope);
            if (name == NixNull.NULL) {
                continue;
            }
            String key = ev.forceString(name, binding.name().position()).text();
            Attr previous = result.get(key);
            if (previous != null) {
                throw NixError.of(
                        NixError.Kind.DUPLICATE_ATTRIBUTE,
                        binding.position(),
                        "dynamic attribute '"
                                + key
                                + "' already defined at "
                                + previous.position());
            }
            result =
                    result.with(
                            key,
                            new Attr(ev.thunk(binding.value(), scope), binding.position()),
                            a.position());
        }
        return result;
    }

    static Env letEnv(Evaluator ev, Expr.Attrs bindings, Env env) {
        Expr.Binding[] inOrder = bindings.layout().inOrder();
        Env scope = Env.of(env, inOrder.length);
        Thunk[] vars = scope.slots;
        for (int slot = 0; slot < inOrder.length; slot++) {
            Expr.Binding binding = inOrder[slot];
            vars[slot] =
                    binding.inherited()
                            ? ev.thunk(binding.value(), env)
                            : ev.thunk(binding.value(), scope);
        }
        return scope;
    }
}
