package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/**
 * String context as Nix exposes it: {@code getContext}, {@code appendContext}, {@code
 * unsafeDiscardOutputDependency}, {@code addDrvOutputDependencies}. Elements are kept in Nix's
 * encoding: a store path, {@code =drvPath} (the derivation and all its outputs) or {@code
 * !output!drvPath}.
 */
final class Contexts {

    private Contexts() {}

    static NixAttrs get(NixString s, SourcePosition at) {
        Map<String, Boolean> paths = new TreeMap<>();
        Map<String, Boolean> all = new TreeMap<>();
        Map<String, List<String>> outputs = new TreeMap<>();
        for (String element : s.context().keySet()) {
            if (element.startsWith("=")) {
                all.put(element.substring(1), true);
            } else if (element.startsWith("!")) {
                int bang = element.indexOf('!', 1);
                outputs.computeIfAbsent(element.substring(bang + 1), k -> new ArrayList<>())
                        .add(element.substring(1, bang));
            } else {
                paths.put(element, true);
            }
        }
        TreeMap<String, Attr> result = new TreeMap<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(paths.keySet());
        keys.addAll(all.keySet());
        keys.addAll(outputs.keySet());
        for (String path : keys) {
            TreeMap<String, Object> info = new TreeMap<>();
            if (paths.containsKey(path)) {
                info.put("path", true);
            }
            if (all.containsKey(path)) {
                info.put("allOutputs", true);
            }
            if (outputs.containsKey(path)) {
                List<Thunk> names = new ArrayList<>();
                outputs.get(path).stream()
                        .sorted()
                        .forEach(n -> names.add(Thunk.of(NixString.of(n))));
                info.put("outputs", Builtins.list(names));
            }
            result.put(path, new Attr(Thunk.of(NixAttrs.of(info)), null));
        }
        return new NixAttrs(result, at);
    }

    static Object append(Evaluator ev, Object str, Object context, SourcePosition at) {
        NixString s = ev.forceString(str, at);
        Map<String, String> result = new TreeMap<>(s.context());
        for (Map.Entry<String, Attr> entry : ev.forceAttrs(context, at).attrs().entrySet()) {
            String path = entry.getKey();
            if (!path.startsWith(Store.STORE_DIR + "/")) {
                throw NixError.of(
                        NixError.Kind.EVAL, at, "context key '" + path + "' is not a store path");
            }
            NixAttrs info = ev.forceAttrs(ev.forceAttr(entry.getValue(), path), at);
            if (bool(ev, info, "path", at)) {
                result.put(path, NixString.NO_FILE);
            }
            if (bool(ev, info, "allOutputs", at)) {
                if (!path.endsWith(".drv")) {
                    throw NixError.of(
                            NixError.Kind.EVAL,
                            at,
                            "tried to add all-outputs context of "
                                    + path
                                    + ", which is not a derivation, to a string");
                }
                result.put("=" + path, NixString.NO_FILE);
            }
            Attr outputs = info.get("outputs");
            if (outputs != null) {
                NixList names = ev.forceList(ev.forceAttr(outputs, "outputs"), at);
                if (names.size() > 0 && !path.endsWith(".drv")) {
                    throw NixError.of(
                            NixError.Kind.EVAL,
                            at,
                            "tried to add derivation output context of "
                                    + path
                                    + ", which is not a derivation, to a string");
                }
                for (Thunk name : names.items()) {
                    result.put(
                            "!" + ev.forceString(name.force(ev), at).text() + "!" + path,
                            NixString.NO_FILE);
                }
            }
        }
        return new NixString(s.text(), result);
    }

    private static boolean bool(Evaluator ev, NixAttrs info, String name, SourcePosition at) {
        Attr attr = info.get(name);
        return attr != null && ev.forceBool(ev.forceAttr(attr, name), at);
    }

    static NixString discardOutputDependency(NixString s) {
        Map<String, String> result = new TreeMap<>();
        s.context()
                .forEach(
                        (element, file) ->
                                result.put(
                                        element.startsWith("=") ? element.substring(1) : element,
                                        file));
        return new NixString(s.text(), result);
    }

    static NixString addDrvOutputDependencies(NixString s, SourcePosition at) {
        if (s.context().size() != 1) {
            throw NixError.of(
                    NixError.Kind.EVAL,
                    at,
                    "context of string '"
                            + s.text()
                            + "' must have exactly one element, but has "
                            + s.context().size());
        }
        String element = s.context().keySet().iterator().next();
        if (element.startsWith("!")) {
            throw NixError.of(
                    NixError.Kind.EVAL,
                    at,
                    "`addDrvOutputDependencies` can only act on derivations, not on a derivation"
                            + " output such as '"
                            + element.substring(1, element.indexOf('!', 1))
                            + "'");
        }
        if (element.startsWith("=")) {
            return s;
        }
        if (!element.endsWith(".drv")) {
            throw NixError.of(NixError.Kind.EVAL, at, "path '" + element + "' is not a derivation");
        }
        return new NixString(s.text(), Map.of("=" + element, NixString.NO_FILE));
    }
}
