package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/** Built-ins on lists. */
enum ListBuiltins implements BuiltinCode {
    MAP("map", 2, LAZY),
    FILTER("filter", 2),
    FOLDL_STRICT("foldl'", 3, LAZY),
    LENGTH("length", 1),
    HEAD("head", 1),
    TAIL("tail", 1),
    ELEM("elem", 2),
    ELEM_AT("elemAt", 2),
    CONCAT_LISTS("concatLists", 1),
    CONCAT_MAP("concatMap", 2),
    GEN_LIST("genList", 2),
    SORT("sort", 2),
    PARTITION("partition", 2),
    GROUP_BY("groupBy", 2),
    ANY("any", 2),
    ALL("all", 2);

    private final PrimOp primOp;

    ListBuiltins(String name, int arity) {
        this(name, arity, false);
    }

    ListBuiltins(String name, int arity, boolean lazy) {
        primOp = PrimOp.of(name, arity, lazy, this);
    }

    @Override
    public PrimOp primOp() {
        return primOp;
    }

    @Override
    public Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at) {
        return switch (this) {
            case MAP -> map(ev, (Thunk) first, (Thunk) second, at);
            case FILTER -> filter(ev, first, second, at);
            case FOLDL_STRICT -> foldlStrict(ev, (Thunk) first, (Thunk) second, (Thunk) third, at);
            case LENGTH -> length(ev, first, at);
            case HEAD -> head(ev, first, at);
            case TAIL -> tail(ev, first, at);
            case ELEM -> elem(ev, first, second, at);
            case ELEM_AT -> elemAt(ev, first, second, at);
            case CONCAT_LISTS -> concatLists(ev, first, at);
            case CONCAT_MAP -> concatMap(ev, first, second, at);
            case GEN_LIST -> genList(ev, first, second, at);
            case SORT -> sort(ev, first, second, at);
            case PARTITION -> partition(ev, first, second, at);
            case GROUP_BY -> groupBy(ev, first, second, at);
            case ANY -> any(ev, first, second, at);
            case ALL -> all(ev, first, second, at);
        };
    }

    private static Object map(Evaluator ev, Thunk function, Thunk elements, SourcePosition at) {
        NixList list = ev.forceList(elements.force(ev), at);
        if (list.size() == 0) {
            return list;
        }
        Object f = function.force(ev);
        List<Thunk> items = list.items();
        Thunk[] result = new Thunk[items.size()];
        for (int i = 0; i < result.length; i++) {
            Thunk item = items.get(i);
            result[i] = Thunk.apply(f, item, item.definedAt());
        }
        return Builtins.list(java.util.Arrays.asList(result));
    }

    private static Object filter(Evaluator ev, Object f, Object list, SourcePosition at) {
        ev.forceFunction(f, at);
        NixList all = ev.forceList(list, at);
        List<Thunk> elements = all.items();
        int size = elements.size();
        Thunk[] kept = new Thunk[size];
        int count = 0;
        for (int k = 0; k < size; k++) {
            Thunk item = elements.get(k);
            if (ev.forceBool(ev.call(f, item, at), at)) {
                kept[count++] = item;
            }
        }
        if (count == size) {
            return all;
        }
        return count == 0 ? NixList.EMPTY : new NixList(Arrays.asList(Arrays.copyOf(kept, count)));
    }

    private static Object foldlStrict(
            Evaluator ev, Thunk function, Thunk initial, Thunk elements, SourcePosition at) {
        Object f = ev.forceFunction(function.force(ev), at);
        List<Thunk> items = ev.forceList(elements.force(ev), at).items();
        if (items.isEmpty()) {
            return initial.force(ev);
        }
        Object value = Calls.call(ev, f, initial, items.get(0), at);
        for (int i = 1, n = items.size(); i < n; i++) {
            value = Calls.callValue(ev, f, value, items.get(i), at);
        }
        return value;
    }

    private static Object length(Evaluator ev, Object v, SourcePosition at) {
        return (long) ev.forceList(v, at).size();
    }

    private static Object head(Evaluator ev, Object v, SourcePosition at) {
        NixList list = ev.forceList(v, at);
        if (list.size() == 0) {
            throw NixError.of(NixError.Kind.EVAL, at, "list index 0 is out of bounds");
        }
        return list.items().get(0).force(ev);
    }

    private static Object tail(Evaluator ev, Object v, SourcePosition at) {
        NixList list = ev.forceList(v, at);
        if (list.size() == 0) {
            throw NixError.of(NixError.Kind.EVAL, at, "'tail' called on an empty list");
        }
        return Builtins.list(list.items().subList(1, list.size()));
    }

    private static Object elem(Evaluator ev, Object x, Object list, SourcePosition at) {
        List<Thunk> elements = ev.forceList(list, at).items();
        if (x instanceof NixString s) {
            return elemString(ev, s.text(), elements);
        }
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk item = elements.get(k);
            if (Operators.equal(ev, x, item.force(ev), at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code elem} of a string: told apart from each element by their cached hash codes before
     * their characters ({@code lib.unique} looks up each element among all kept before it).
     */
    private static boolean elemString(Evaluator ev, String x, List<Thunk> elements) {
        int hash = x.hashCode();
        for (int k = 0, size = elements.size(); k < size; k++) {
            if (elements.get(k).force(ev) instanceof NixString y) {
                String text = y.text();
                if (text == x
                        || text.length() == x.length()
                                && text.hashCode() == hash
                                && text.equals(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object elemAt(Evaluator ev, Object list, Object n, SourcePosition at) {
        long index = ev.forceInt(n, at);
        NixList items = ev.forceList(list, at);
        if (index < 0 || index >= items.size()) {
            throw NixError.of(NixError.Kind.EVAL, at, "list index " + index + " is out of bounds");
        }
        return items.items().get((int) index).force(ev);
    }

    private static Object concatLists(Evaluator ev, Object v, SourcePosition at) {
        List<Thunk> elements = ev.forceList(v, at).items();
        NixList[] parts = new NixList[elements.size()];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = ev.forceList(elements.get(k).force(ev), at);
        }
        return concat(parts);
    }

    private static Object concatMap(Evaluator ev, Object f, Object list, SourcePosition at) {
        ev.forceFunction(f, at);
        List<Thunk> elements = ev.forceList(list, at).items();
        NixList[] parts = new NixList[elements.size()];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = ev.forceList(ev.call(f, elements.get(k), at), at);
        }
        return concat(parts);
    }

    /** The elements of the lists one after another, copied once into a list of the exact size. */
    private static NixList concat(NixList[] parts) {
        int total = 0;
        for (NixList part : parts) {
            total += part.size();
        }
        if (total == 0) {
            return NixList.EMPTY;
        }
        Thunk[] result = new Thunk[total];
        int n = 0;
        for (NixList part : parts) {
            List<Thunk> items = part.items();
            for (int i = 0, size = items.size(); i < size; i++) {
                result[n++] = items.get(i);
            }
        }
        return new NixList(Arrays.asList(result));
    }

    private static Object genList(Evaluator ev, Object f, Object n, SourcePosition at) {
        long count = ev.forceInt(n, at);
        if (count < 0) {
            throw NixError.of(NixError.Kind.EVAL, at, "cannot create list of size " + count);
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw NixError.of(NixError.Kind.EVAL, at, "cannot create list of size " + count);
        }
        Thunk[] result = new Thunk[(int) count];
        for (int i = 0; i < result.length; i++) {
            result[i] = Thunk.applyToIndex(f, i, at);
        }
        return Builtins.list(java.util.Arrays.asList(result));
    }

    private static Object sort(Evaluator ev, Object f, Object list, SourcePosition at) {
        ev.forceFunction(f, at);
        List<Thunk> items = ev.forceList(list, at).items();
        return Builtins.list(mergeSort(ev, f, at, items));
    }

    private static Object partition(Evaluator ev, Object f, Object list, SourcePosition at) {
        ev.forceFunction(f, at);
        List<Thunk> right = new ArrayList<>();
        List<Thunk> wrong = new ArrayList<>();
        List<Thunk> elements = ev.forceList(list, at).items();
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk item = elements.get(k);
            (ev.forceBool(ev.call(f, item, at), at) ? right : wrong).add(item);
        }
        return new NixAttrs(
                new String[] {"right", "wrong"},
                new Attr[] {
                    new Attr(Thunk.of(Builtins.list(right)), null),
                    new Attr(Thunk.of(Builtins.list(wrong)), null)
                },
                at);
    }

    private static Object groupBy(Evaluator ev, Object f, Object list, SourcePosition at) {
        ev.forceFunction(f, at);
        TreeMap<String, List<Thunk>> groups = new TreeMap<>();
        List<Thunk> elements = ev.forceList(list, at).items();
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk item = elements.get(k);
            String key = ev.forceString(ev.call(f, item, at), at).text();
            List<Thunk> group = groups.get(key);
            if (group == null) {
                group = new ArrayList<>();
                groups.put(key, group);
            }
            group.add(item);
        }
        TreeMap<String, Attr> result = new TreeMap<>();
        for (Map.Entry<String, List<Thunk>> group : groups.entrySet()) {
            result.put(group.getKey(), new Attr(Thunk.of(Builtins.list(group.getValue())), null));
        }
        return new NixAttrs(result, at);
    }

    private static Object any(Evaluator ev, Object f, Object list, SourcePosition at) {
        ev.forceFunction(f, at);
        List<Thunk> elements = ev.forceList(list, at).items();
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk item = elements.get(k);
            if (ev.forceBool(ev.call(f, item, at), at)) {
                return true;
            }
        }
        return false;
    }

    private static Object all(Evaluator ev, Object f, Object list, SourcePosition at) {
        List<Thunk> elements = ev.forceList(list, at).items();
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk item = elements.get(k);
            if (!ev.forceBool(ev.call(f, item, at), at)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A stable sort that only asks whether one element is less than another ({@code f x y}), as
     * Nix's sort does.
     */
    private static List<Thunk> mergeSort(
            Evaluator ev, Object f, SourcePosition at, List<Thunk> items) {
        Thunk[] sorted = items.toArray(new Thunk[0]);
        if (sorted.length > 1) {
            mergeSort(ev, f, at, sorted, new Thunk[sorted.length], 0, sorted.length);
        }
        return java.util.Arrays.asList(sorted);
    }

    /** Sorts {@code a[from..to)}: halves sorted, then merged taking the right one when less. */
    private static void mergeSort(
            Evaluator ev, Object f, SourcePosition at, Thunk[] a, Thunk[] copy, int from, int to) {
        if (to - from <= 1) {
            return;
        }
        int middle = from + (to - from) / 2;
        mergeSort(ev, f, at, a, copy, from, middle);
        mergeSort(ev, f, at, a, copy, middle, to);
        System.arraycopy(a, from, copy, from, to - from);
        int i = from;
        int j = middle;
        int out = from;
        while (i < middle && j < to) {
            a[out++] = ev.forceBool(ev.call(f, at, copy[j], copy[i]), at) ? copy[j++] : copy[i++];
        }
        System.arraycopy(copy, i, a, out, middle - i);
        System.arraycopy(copy, j, a, out + middle - i, to - j);
    }
}
