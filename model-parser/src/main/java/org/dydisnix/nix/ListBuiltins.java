package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Built-ins on lists. */
final class ListBuiltins {

    private ListBuiltins() {}

    /** The names of the built-ins {@link #create} makes. */
    static final String[] NAMES = {
        "map",
        "filter",
        "foldl'",
        "length",
        "head",
        "tail",
        "elem",
        "elemAt",
        "concatLists",
        "concatMap",
        "genList",
        "sort",
        "partition",
        "groupBy",
        "any",
        "all"
    };

    /** The built-in function {@code builtin} of this group, made when first used. */
    static PrimOp create(Builtins b, String builtin) {
        return switch (builtin) {
            case "map" ->
                    b.primOp(
                            "map",
                            2,
                            (ev, args, at) -> {
                                NixList list = ev.forceList(args.get(1).force(ev), at);
                                if (list.size() == 0) {
                                    return list;
                                }
                                Object f = args.get(0).force(ev);
                                List<Thunk> items = list.items();
                                Thunk[] result = new Thunk[items.size()];
                                for (int i = 0; i < result.length; i++) {
                                    Thunk item = items.get(i);
                                    result[i] = Thunk.apply(f, item, item.definedAt());
                                }
                                return Builtins.list(java.util.Arrays.asList(result));
                            });
            case "filter" ->
                    b.primOp2(
                            "filter",
                            (ev, f, list, at) -> {
                                ev.forceFunction(f, at);
                                List<Thunk> result = new ArrayList<>();
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    if (ev.forceBool(ev.call(f, item, at), at)) {
                                        result.add(item);
                                    }
                                }
                                return Builtins.list(result);
                            });
            case "foldl'" ->
                    b.primOp(
                            "foldl'",
                            3,
                            (ev, args, at) -> {
                                Object f = ev.forceFunction(args.get(0).force(ev), at);
                                List<Thunk> items = ev.forceList(args.get(2).force(ev), at).items();
                                if (items.isEmpty()) {
                                    return args.get(1).force(ev);
                                }
                                Object value = Calls.call(ev, f, args.get(1), items.get(0), at);
                                for (int i = 1, n = items.size(); i < n; i++) {
                                    value = Calls.callValue(ev, f, value, items.get(i), at);
                                }
                                return value;
                            });
            case "length" -> b.primOp1("length", (ev, v, at) -> (long) ev.forceList(v, at).size());
            case "head" ->
                    b.primOp1(
                            "head",
                            (ev, v, at) -> {
                                NixList list = ev.forceList(v, at);
                                if (list.size() == 0) {
                                    throw NixError.of(
                                            NixError.Kind.EVAL,
                                            at,
                                            "list index 0 is out of bounds");
                                }
                                return list.items().get(0).force(ev);
                            });
            case "tail" ->
                    b.primOp1(
                            "tail",
                            (ev, v, at) -> {
                                NixList list = ev.forceList(v, at);
                                if (list.size() == 0) {
                                    throw NixError.of(
                                            NixError.Kind.EVAL,
                                            at,
                                            "'tail' called on an empty list");
                                }
                                return Builtins.list(list.items().subList(1, list.size()));
                            });
            case "elem" ->
                    b.primOp2(
                            "elem",
                            (ev, x, list, at) -> {
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    if (Operators.equal(ev, x, item.force(ev), at)) {
                                        return true;
                                    }
                                }
                                return false;
                            });
            case "elemAt" ->
                    b.primOp2(
                            "elemAt",
                            (ev, list, n, at) -> {
                                long index = ev.forceInt(n, at);
                                NixList items = ev.forceList(list, at);
                                if (index < 0 || index >= items.size()) {
                                    throw NixError.of(
                                            NixError.Kind.EVAL,
                                            at,
                                            "list index " + index + " is out of bounds");
                                }
                                return items.items().get((int) index).force(ev);
                            });
            case "concatLists" ->
                    b.primOp1(
                            "concatLists",
                            (ev, v, at) -> {
                                List<Thunk> result = new ArrayList<>();
                                List<Thunk> elements = ev.forceList(v, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    result.addAll(ev.forceList(item.force(ev), at).items());
                                }
                                return Builtins.list(result);
                            });
            case "concatMap" ->
                    b.primOp2(
                            "concatMap",
                            (ev, f, list, at) -> {
                                ev.forceFunction(f, at);
                                List<Thunk> result = new ArrayList<>();
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    result.addAll(ev.forceList(ev.call(f, item, at), at).items());
                                }
                                return Builtins.list(result);
                            });
            case "genList" ->
                    b.primOp2(
                            "genList",
                            (ev, f, n, at) -> {
                                long count = ev.forceInt(n, at);
                                if (count < 0) {
                                    throw NixError.of(
                                            NixError.Kind.EVAL,
                                            at,
                                            "cannot create list of size " + count);
                                }
                                if (count > Integer.MAX_VALUE - 8) {
                                    throw NixError.of(
                                            NixError.Kind.EVAL,
                                            at,
                                            "cannot create list of size " + count);
                                }
                                Thunk[] result = new Thunk[(int) count];
                                for (int i = 0; i < result.length; i++) {
                                    result[i] = Thunk.applyToIndex(f, i, at);
                                }
                                return Builtins.list(java.util.Arrays.asList(result));
                            });
            case "sort" ->
                    b.primOp2(
                            "sort",
                            (ev, f, list, at) -> {
                                ev.forceFunction(f, at);
                                List<Thunk> items = ev.forceList(list, at).items();
                                return Builtins.list(
                                        mergeSort(
                                                items,
                                                (x, y) -> ev.forceBool(ev.call(f, at, x, y), at)));
                            });
            case "partition" ->
                    b.primOp2(
                            "partition",
                            (ev, f, list, at) -> {
                                ev.forceFunction(f, at);
                                List<Thunk> right = new ArrayList<>();
                                List<Thunk> wrong = new ArrayList<>();
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    (ev.forceBool(ev.call(f, item, at), at) ? right : wrong)
                                            .add(item);
                                }
                                return new NixAttrs(
                                        new String[] {"right", "wrong"},
                                        new Attr[] {
                                            new Attr(Thunk.of(Builtins.list(right)), null),
                                            new Attr(Thunk.of(Builtins.list(wrong)), null)
                                        },
                                        at);
                            });
            case "groupBy" ->
                    b.primOp2(
                            "groupBy",
                            (ev, f, list, at) -> {
                                ev.forceFunction(f, at);
                                TreeMap<String, List<Thunk>> groups = new TreeMap<>();
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    String key = ev.forceString(ev.call(f, item, at), at).text();
                                    groups.computeIfAbsent(key, g -> new ArrayList<>()).add(item);
                                }
                                TreeMap<String, Attr> result = new TreeMap<>();
                                groups.forEach(
                                        (key, items) ->
                                                result.put(
                                                        key,
                                                        new Attr(
                                                                Thunk.of(Builtins.list(items)),
                                                                null)));
                                return new NixAttrs(result, at);
                            });
            case "any" ->
                    b.primOp2(
                            "any",
                            (ev, f, list, at) -> {
                                ev.forceFunction(f, at);
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    if (ev.forceBool(ev.call(f, item, at), at)) {
                                        return true;
                                    }
                                }
                                return false;
                            });
            case "all" ->
                    b.primOp2(
                            "all",
                            (ev, f, list, at) -> {
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    if (!ev.forceBool(ev.call(f, item, at), at)) {
                                        return false;
                                    }
                                }
                                return true;
                            });
            default -> throw new IllegalArgumentException(builtin);
        };
    }

    /**
     * A stable sort that only asks whether one element is less than another, as Nix's sort does.
     */
    private static List<Thunk> mergeSort(
            List<Thunk> items, java.util.function.BiPredicate<Thunk, Thunk> less) {
        if (items.size() <= 1) {
            return items;
        }
        int middle = items.size() / 2;
        List<Thunk> left = mergeSort(items.subList(0, middle), less);
        List<Thunk> right = mergeSort(items.subList(middle, items.size()), less);
        List<Thunk> result = new ArrayList<>(items.size());
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            if (less.test(right.get(j), left.get(i))) {
                result.add(right.get(j++));
            } else {
                result.add(left.get(i++));
            }
        }
        result.addAll(left.subList(i, left.size()));
        result.addAll(right.subList(j, right.size()));
        return result;
    }
}
