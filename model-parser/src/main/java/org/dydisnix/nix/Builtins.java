package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final List<String> names = new ArrayList<>(256);
    private final List<Attr> values = new ArrayList<>(256);
    private final NixAttrs set;
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
        List<Thunk> nixPath = new ArrayList<>();
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
        put("derivation", new Attr(Thunk.lazy(new Derivation(session), null), null));
        define(ValueBuiltins.values());
        define(AttrBuiltins.values());
        define(ListBuiltins.values());
        define(StringBuiltins.values());
        define(IoBuiltins.values());
        define(ModernBuiltins.values());
        define(FlakeRefs.values());
        Itself builtins = new Itself();
        put("builtins", new Attr(Thunk.lazy(builtins, null), null));
        set = sortedSet();
        builtins.set = set;
        baseEnv = globals();
    }

    Session session() {
        return session;
    }

    Env baseEnv() {
        return baseEnv;
    }

    /** The built-in value {@code builtins.name}, or null. */
    Object get(String name) {
        Attr attr = set.get(name);
        return attr == null ? null : attr.value().force(session.evaluator());
    }

    void constant(String name, Object value) {
        put(name, new Attr(Thunk.of(value), null));
    }

    /** Adds a builtin; a later one of the same name replaces it. */
    private void put(String name, Attr attr) {
        names.add(name);
        values.add(attr);
    }

    /**
     * The builtins as a set: names sorted once (no sorted map grown one name at a time), the last
     * of equal names kept.
     */
    private NixAttrs sortedSet() {
        String[] unsorted = names.toArray(new String[0]);
        int[] order = NameSort.order(unsorted);
        String[] sorted = new String[order.length];
        Attr[] attrs = new Attr[order.length];
        int n = 0;
        for (int i = 0; i < order.length; i++) {
            String name = unsorted[order[i]];
            if (n > 0 && sorted[n - 1].equals(name)) {
                n--;
            }
            sorted[n] = name;
            attrs[n++] = values.get(order[i]);
        }
        return new NixAttrs(Arrays.copyOf(sorted, n), Arrays.copyOf(attrs, n), null);
    }

    /** The global scope: every builtin as {@code __name}, some also under their own name. */
    private Env globals() {
        int n = set.names.length;
        List<String> globalNames = new ArrayList<>(n + GLOBAL.size());
        List<Thunk> globalValues = new ArrayList<>(n + GLOBAL.size());
        for (int i = 0; i < n; i++) {
            String name = set.names[i];
            Thunk value = set.values[i].value();
            globalNames.add("__".concat(name));
            globalValues.add(value);
            if (GLOBAL.contains(name)) {
                globalNames.add(name);
                globalValues.add(value);
            }
        }
        String[] unsorted = globalNames.toArray(new String[0]);
        int[] order = NameSort.order(unsorted);
        String[] sorted = new String[order.length];
        Thunk[] slots = new Thunk[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = unsorted[order[i]];
            slots[i] = globalValues.get(order[i]);
        }
        return Env.of(null, sorted, slots);
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
            put(primOp.name(), new Attr(Thunk.of(primOp), null));
        }
    }

    static NixList list(List<Thunk> items) {
        return items.isEmpty() ? NixList.EMPTY : new NixList(items);
    }
}
