package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Built-ins on attribute sets. */
final class AttrBuiltins {

    private AttrBuiltins() {}

    static void register(Builtins b) {
        b.primOp1(
                "attrNames",
                (ev, v, at) -> {
                    List<Thunk> names = new ArrayList<>();
                    ev.forceAttrs(v, at)
                            .attrs
                            .keySet()
                            .forEach(name -> names.add(Thunk.of(NixString.of(name))));
                    return Builtins.list(names);
                });
        b.primOp1(
                "attrValues",
                (ev, v, at) -> {
                    List<Thunk> values = new ArrayList<>();
                    ev.forceAttrs(v, at).attrs.values().forEach(attr -> values.add(attr.value()));
                    return Builtins.list(values);
                });
        b.primOp2(
                "hasAttr",
                (ev, name, set, at) -> {
                    String key = ev.forceString(name, at).text();
                    return ev.forceAttrs(set, at).get(key) != null;
                });
        b.primOp2(
                "getAttr",
                (ev, name, set, at) -> {
                    String key = ev.forceString(name, at).text();
                    Attr attr = ev.forceAttrs(set, at).get(key);
                    if (attr == null) {
                        throw NixError.of(
                                NixError.Kind.MISSING_ATTRIBUTE,
                                at,
                                "attribute '" + key + "' missing");
                    }
                    return ev.forceAttr(attr, key);
                });
        b.primOp1(
                "listToAttrs",
                (ev, v, at) -> {
                    TreeMap<String, Attr> result = new TreeMap<>();
                    for (Thunk item : ev.forceList(v, at).items()) {
                        NixAttrs pair = ev.forceAttrs(item.force(ev), at);
                        Attr name = pair.get("name");
                        if (name == null) {
                            throw NixError.of(
                                    NixError.Kind.MISSING_ATTRIBUTE,
                                    at,
                                    "attribute 'name' missing");
                        }
                        String key = ev.forceString(ev.forceAttr(name, "name"), at).text();
                        if (!result.containsKey(key)) {
                            Attr value = pair.get("value");
                            if (value == null) {
                                throw NixError.of(
                                        NixError.Kind.MISSING_ATTRIBUTE,
                                        at,
                                        "attribute 'value' missing");
                            }
                            result.put(key, new Attr(value.value(), value.position()));
                        }
                    }
                    return new NixAttrs(result, at);
                });
        b.primOp2(
                "mapAttrs",
                (ev, f, set, at) -> {
                    TreeMap<String, Attr> result = new TreeMap<>();
                    for (Map.Entry<String, Attr> entry : ev.forceAttrs(set, at).attrs.entrySet()) {
                        Thunk name = Thunk.of(NixString.of(entry.getKey()));
                        Thunk value = entry.getValue().value();
                        result.put(
                                entry.getKey(),
                                new Attr(Thunk.lazy(() -> ev.call(f, at, name, value), at), null));
                    }
                    return new NixAttrs(result, at);
                });
        b.primOp2(
                "intersectAttrs",
                (ev, x, y, at) -> {
                    NixAttrs names = ev.forceAttrs(x, at);
                    TreeMap<String, Attr> result = new TreeMap<>();
                    ev.forceAttrs(y, at)
                            .attrs
                            .forEach(
                                    (name, attr) -> {
                                        if (names.get(name) != null) {
                                            result.put(name, attr);
                                        }
                                    });
                    return new NixAttrs(result, at);
                });
        b.primOp1(
                "functionArgs",
                (ev, f, at) -> {
                    if (f instanceof PrimOp || f instanceof PartialPrimOp) {
                        return NixAttrs.EMPTY;
                    }
                    if (!(f instanceof Closure closure)) {
                        throw NixError.type(at, "'functionArgs' requires a function");
                    }
                    TreeMap<String, Attr> result = new TreeMap<>();
                    if (closure.lambda().formals() != null) {
                        for (Expr.Formal formal : closure.lambda().formals().formals()) {
                            result.put(
                                    formal.name(),
                                    new Attr(
                                            Thunk.of(formal.fallback() != null),
                                            formal.position()));
                        }
                    }
                    return new NixAttrs(result, at);
                });
        b.primOp2(
                "removeAttrs",
                (ev, set, names, at) -> {
                    NixAttrs attrs = ev.forceAttrs(set, at);
                    Set<String> remove = new HashSet<>();
                    for (Thunk name : ev.forceList(names, at).items()) {
                        remove.add(ev.forceString(name.force(ev), at).text());
                    }
                    TreeMap<String, Attr> result = new TreeMap<>(attrs.attrs);
                    result.keySet().removeAll(remove);
                    return new NixAttrs(result, attrs.position);
                });
        b.primOp2(
                "catAttrs",
                (ev, name, list, at) -> {
                    String key = ev.forceString(name, at).text();
                    List<Thunk> result = new ArrayList<>();
                    for (Thunk item : ev.forceList(list, at).items()) {
                        Attr attr = ev.forceAttrs(item.force(ev), at).get(key);
                        if (attr != null) {
                            result.add(attr.value());
                        }
                    }
                    return Builtins.list(result);
                });
        b.primOp2(
                "unsafeGetAttrPos",
                (ev, name, set, at) -> {
                    String key = ev.forceString(name, at).text();
                    Attr attr = ev.forceAttrs(set, at).get(key);
                    if (attr == null || attr.position() == null) {
                        return NixNull.NULL;
                    }
                    return Positions.value(attr.position());
                });
        b.primOp2(
                "zipAttrsWith",
                (ev, f, list, at) -> {
                    ev.forceFunction(f, at);
                    TreeMap<String, List<Thunk>> values = new TreeMap<>();
                    for (Thunk item : ev.forceList(list, at).items()) {
                        ev.forceAttrs(item.force(ev), at)
                                .attrs
                                .forEach(
                                        (name, attr) ->
                                                values.computeIfAbsent(name, k -> new ArrayList<>())
                                                        .add(attr.value()));
                    }
                    TreeMap<String, Attr> result = new TreeMap<>();
                    values.forEach(
                            (name, items) ->
                                    result.put(
                                            name,
                                            new Attr(
                                                    Thunk.lazy(
                                                            () ->
                                                                    ev.call(
                                                                            f,
                                                                            at,
                                                                            NixString.of(name),
                                                                            Builtins.list(items)),
                                                            at),
                                                    null)));
                    return new NixAttrs(result, at);
                });
    }
}
