package org.dydisnix.nix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The {@code builtins} set and the global scope: the built-in functions and constants of Nix 2.8.
 */
final class Builtins {
    private static final Set<String> GLOBAL =
            Set.of(
                    "abort",
                    "baseNameOf",
                    "derivation",
                    "dirOf",
                    "fetchGit",
                    "fetchMercurial",
                    "fetchTarball",
                    "fetchTree",
                    "fromTOML",
                    "import",
                    "isNull",
                    "map",
                    "placeholder",
                    "removeAttrs",
                    "scopedImport",
                    "throw",
                    "toString",
                    "true",
                    "false",
                    "null",
                    "builtins");

    private final Session session;
    private final TreeMap<String, Attr> attrs = new TreeMap<>();
    private final Map<String, Thunk> globals = new HashMap<>();
    private final Env baseEnv;

    Builtins(Session session) {
        this.session = session;
        constant("true", true);
        constant("false", false);
        constant("null", NixNull.NULL);
        constant("currentSystem", NixString.of("x86_64-linux"));
        constant("nixVersion", NixString.of("2.8.0"));
        constant("langVersion", 6L);
        constant("storeDir", NixString.of(Store.STORE_DIR));
        List<Thunk> nixPath = new java.util.ArrayList<>();
        for (Session.SearchEntry entry : session.searchEntries()) {
            nixPath.add(
                    Thunk.of(
                            NixAttrs.of(
                                    Map.of(
                                            "path",
                                            NixString.of(entry.path()),
                                            "prefix",
                                            NixString.of(entry.prefix())))));
        }
        constant("nixPath", list(nixPath));
        constant("currentTime", System.currentTimeMillis() / 1000);
        attrs.put("derivation", new Attr(Thunk.lazy(new Derivation(session), null), null));
        define(ValueBuiltins.values());
        define(AttrBuiltins.values());
        define(ListBuiltins.values());
        define(StringBuiltins.values());
        define(IoBuiltins.values());
        define(ModernBuiltins.values());
        define(FlakeRefs.values());
        Itself builtins = new Itself();
        attrs.put("builtins", new Attr(Thunk.lazy(builtins, null), null));
        builtins.set = new NixAttrs(attrs, null);
        for (Map.Entry<String, Attr> entry : attrs.entrySet()) {
            globals.put("__" + entry.getKey(), entry.getValue().value());
            if (GLOBAL.contains(entry.getKey())) {
                globals.put(entry.getKey(), entry.getValue().value());
            }
        }
        baseEnv = Env.of(null, globals);
    }

    Session session() {
        return session;
    }

    Env baseEnv() {
        return baseEnv;
    }

    Set<String> globalNames() {
        return globals.keySet();
    }

    /** The built-in value {@code builtins.name}, or null. */
    Object get(String name) {
        Attr attr = attrs.get(name);
        return attr == null ? null : attr.value().force(session.evaluator());
    }

    void constant(String name, Object value) {
        attrs.put(name, new Attr(Thunk.of(value), null));
    }

    /** {@code derivation}, defined in Nix, evaluated when first used. */
    private record Derivation(Session session) implements Supplier<Object> {
        @Override
        public Object get() {
            return session.eval(
                    session.parse(
                            Derivations.DERIVATION_NIX,
                            "<nix/derivation-internal.nix>",
                            java.nio.file.Path.of("/")));
        }
    }

    /** The {@code builtins} set inside itself. */
    private static final class Itself implements Supplier<Object> {
        private NixAttrs set;

        @Override
        public Object get() {
            return set;
        }
    }

    private void define(BuiltinCode[] group) {
        for (BuiltinCode builtin : group) {
            PrimOp primOp = builtin.primOp();
            attrs.put(primOp.name(), new Attr(Thunk.of(primOp), null));
        }
    }

    static NixList list(List<Thunk> items) {
        return items.isEmpty() ? NixList.EMPTY : new NixList(items);
    }
}
