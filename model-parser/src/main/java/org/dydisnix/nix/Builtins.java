package org.dydisnix.nix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

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
        lazy(
                "derivation",
                () ->
                        session.eval(
                                session.parse(
                                        Derivations.DERIVATION_NIX,
                                        "<nix/derivation-internal.nix>",
                                        java.nio.file.Path.of("/"))));
        defer(0, ValueBuiltins.NAMES);
        defer(1, AttrBuiltins.NAMES);
        defer(2, ListBuiltins.NAMES);
        defer(3, StringBuiltins.NAMES);
        defer(4, IoBuiltins.NAMES);
        defer(5, ModernBuiltins.NAMES);
        defer(6, FlakeRefs.NAMES);
        NixAttrs[] builtins = new NixAttrs[1];
        attrs.put("builtins", new Attr(Thunk.lazy(() -> builtins[0], null), null));
        builtins[0] = new NixAttrs(attrs, null);
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

    /** A built-in computed when first used (e.g. one defined in Nix). */
    void lazy(String name, java.util.function.Supplier<Object> value) {
        attrs.put(name, new Attr(Thunk.lazy(value, null), null));
    }

    PrimOp primOp(String name, int arity, PrimOp.Impl impl) {
        return new PrimOp(name, arity, impl);
    }

    /**
     * Lists a group's built-in functions, whose Java functions are made (their lambdas linked) only
     * when one of them is first used.
     */
    private void defer(int group, String[] names) {
        for (String name : names) {
            attrs.put(name, new Attr(Thunk.builtin(new Deferred(this, group, name)), null));
        }
    }

    private PrimOp make(int group, String name) {
        return switch (group) {
            case 0 -> ValueBuiltins.create(this, name);
            case 1 -> AttrBuiltins.create(this, name);
            case 2 -> ListBuiltins.create(this, name);
            case 3 -> StringBuiltins.create(this, name);
            case 4 -> IoBuiltins.create(this, name);
            case 5 -> ModernBuiltins.create(this, name);
            default -> FlakeRefs.create(this, name);
        };
    }

    /** A built-in function of a group, made when first forced. */
    private record Deferred(Builtins builtins, int group, String name)
            implements java.util.function.Supplier<Object> {
        @Override
        public Object get() {
            return builtins.make(group, name);
        }
    }

    /** Shorthand for built-ins of one argument. */
    PrimOp primOp1(String name, Fn1 fn) {
        return new PrimOp(
                name, 1, (ev, args, at) -> fn.apply(ev, args.get(0).force(ev), at), fn, null);
    }

    /** Shorthand for built-ins of two arguments, both forced. */
    PrimOp primOp2(String name, Fn2 fn) {
        return new PrimOp(
                name,
                2,
                (ev, args, at) -> fn.apply(ev, args.get(0).force(ev), args.get(1).force(ev), at),
                null,
                fn);
    }

    /** A built-in of one forced argument. */
    @FunctionalInterface
    interface Fn1 {
        Object apply(Evaluator ev, Object a, SourcePosition at);
    }

    /** A built-in of two forced arguments. */
    @FunctionalInterface
    interface Fn2 {
        Object apply(Evaluator ev, Object a, Object b, SourcePosition at);
    }

    static NixList list(List<Thunk> items) {
        return items.isEmpty() ? NixList.EMPTY : new NixList(items);
    }
}
