package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scopes and sets built from bindings: attribute set literals, {@code rec} and {@code let}. */
final class Bindings {

    private Bindings() {}

    static NixAttrs attrs(Evaluator ev, Expr.Attrs a, Env env) {
        int size = a.bindings().size();
        String[] names = new String[size];
        Attr[] values = new Attr[size];
        Env scope = env;
        Thunk[] vars = null;
        if (a.recursive()) {
            scope = Env.of(env, a.bindings().size());
            vars = scope.slots;
        }
        int slot = 0;
        for (Map.Entry<String, Expr.Binding> entry : a.bindings().entrySet()) {
            Expr.Binding binding = entry.getValue();
            Thunk value =
                    binding.inherited() || !a.recursive()
                            ? ev.thunk(binding.value(), env)
                            : ev.bindingThunk(binding.value(), scope);
            names[slot] = entry.getKey();
            values[slot] = new Attr(value, binding.position());
            if (vars != null) {
                vars[slot] = value;
            }
            slot++;
        }
        NixAttrs result = NixAttrs.sorted(names, values, a.position());
        Attr overrides = vars != null ? result.get("__overrides") : null;
        if (overrides != null) {
            result = overrides(ev, result, overrides, a, vars);
        }
        return a.dynamic().isEmpty() ? result : dynamic(ev, result, a, scope);
    }

    private static NixAttrs overrides(
            Evaluator ev, NixAttrs set, Attr overrides, Expr.Attrs a, Thunk[] vars) {
        TreeMap<String, Attr> result = new TreeMap<>(set.attrs);
        NixAttrs replacements =
                ev.forceAttrs(ev.forceAttr(overrides, "__overrides"), overrides.position());
        List<String> names = new ArrayList<>(a.bindings().keySet());
        for (Map.Entry<String, Attr> entry : replacements.attrs.entrySet()) {
            result.put(entry.getKey(), entry.getValue());
            int index = names.indexOf(entry.getKey());
            if (index >= 0) {
                vars[index] = entry.getValue().value();
            }
        }
        return new NixAttrs(result, a.position());
    }

    private static NixAttrs dynamic(Evaluator ev, NixAttrs set, Expr.Attrs a, Env scope) {
        TreeMap<String, Attr> result = new TreeMap<>(set.attrs);
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
            result.put(key, new Attr(ev.thunk(binding.value(), scope), binding.position()));
        }
        return new NixAttrs(result, a.position());
    }

    static Env letEnv(Evaluator ev, Expr.Attrs bindings, Env env) {
        Env scope = Env.of(env, bindings.bindings().size());
        Thunk[] vars = scope.slots;
        int slot = 0;
        for (Expr.Binding binding : bindings.bindings().values()) {
            vars[slot++] =
                    binding.inherited()
                            ? ev.thunk(binding.value(), env)
                            : ev.bindingThunk(binding.value(), scope);
        }
        return scope;
    }
}
