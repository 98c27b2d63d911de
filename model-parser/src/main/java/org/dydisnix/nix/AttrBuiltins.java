package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dydisnix.model.SourcePosition;

/** Built-ins on attribute sets. */
enum AttrBuiltins implements BuiltinCode {
    ATTR_NAMES("attrNames", 1),
    ATTR_VALUES("attrValues", 1),
    HAS_ATTR("hasAttr", 2),
    GET_ATTR("getAttr", 2),
    LIST_TO_ATTRS("listToAttrs", 1),
    MAP_ATTRS("mapAttrs", 2),
    INTERSECT_ATTRS("intersectAttrs", 2),
    FUNCTION_ARGS("functionArgs", 1),
    REMOVE_ATTRS("removeAttrs", 2),
    CAT_ATTRS("catAttrs", 2),
    UNSAFE_GET_ATTR_POS("unsafeGetAttrPos", 2),
    ZIP_ATTRS_WITH("zipAttrsWith", 2);

    private final PrimOp primOp;

    AttrBuiltins(String name, int arity) {
        this(name, arity, false);
    }

    AttrBuiltins(String name, int arity, boolean lazy) {
        primOp = PrimOp.of(name, arity, lazy, this);
    }

    @Override
    public PrimOp primOp() {
        return primOp;
    }

    @Override
    public Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at) {
        return switch (this) {
            case ATTR_NAMES -> attrNames(ev, first, at);
            case ATTR_VALUES -> attrValues(ev, first, at);
            case HAS_ATTR -> hasAttr(ev, first, second, at);
            case GET_ATTR -> getAttr(ev, first, second, at);
            case LIST_TO_ATTRS -> listToAttrs(ev, first, at);
            case MAP_ATTRS -> mapAttrs(ev, first, second, at);
            case INTERSECT_ATTRS -> intersectAttrs(ev, first, second, at);
            case FUNCTION_ARGS -> functionArgs(ev, first, at);
            case REMOVE_ATTRS -> removeAttrs(ev, first, second, at);
            case CAT_ATTRS -> catAttrs(ev, first, second, at);
            case UNSAFE_GET_ATTR_POS -> unsafeGetAttrPos(ev, first, second, at);
            case ZIP_ATTRS_WITH -> zipAttrsWith(ev, first, second, at);
        };
    }

    private static Object attrNames(Evaluator ev, Object v, SourcePosition at) {
        String[] names = ev.forceAttrs(v, at).names;
        Thunk[] result = new Thunk[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = ev.name(names[i]);
        }
        return Builtins.list(Arrays.asList(result));
    }

    private static Object attrValues(Evaluator ev, Object v, SourcePosition at) {
        Attr[] values = ev.forceAttrs(v, at).values;
        Thunk[] result = new Thunk[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i].value();
        }
        return Builtins.list(Arrays.asList(result));
    }

    private static Object hasAttr(Evaluator ev, Object name, Object set, SourcePosition at) {
        String key = ev.forceString(name, at).text();
        return ev.forceAttrs(set, at).get(key) != null;
    }

    private static Object getAttr(Evaluator ev, Object name, Object set, SourcePosition at) {
        String key = ev.forceString(name, at).text();
        Attr attr = ev.forceAttrs(set, at).get(key);
        if (attr == null) {
            throw NixError.of(
                    NixError.Kind.MISSING_ATTRIBUTE, at, "attribute '" + key + "' missing");
        }
        return ev.forceAttr(attr, key);
    }

    private static Object listToAttrs(Evaluator ev, Object v, SourcePosition at) {
        List<String> names = new ArrayList<>();
        List<Attr> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Thunk> elements = ev.forceList(v, at).items();
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk item = elements.get(k);
            NixAttrs pair = ev.forceAttrs(item.force(ev), at);
            Attr name = pair.get("name");
            if (name == null) {
                throw NixError.of(NixError.Kind.MISSING_ATTRIBUTE, at, "attribute 'name' missing");
            }
            String key = ev.forceString(ev.forceAttr(name, "name"), at).text();
            if (seen.add(key)) {
                Attr value = pair.get("value");
                if (value == null) {
                    throw NixError.of(
                            NixError.Kind.MISSING_ATTRIBUTE, at, "attribute 'value' missing");
                }
                names.add(key);
                values.add(value);
            }
        }
        return NixAttrs.sorted(names.toArray(new String[0]), values.toArray(new Attr[0]), at);
    }

    private static Object mapAttrs(Evaluator ev, Object f, Object set, SourcePosition at) {
        NixAttrs attrs = ev.forceAttrs(set, at);
        Attr[] result = new Attr[attrs.size()];
        for (int i = 0; i < result.length; i++) {
            Thunk name = ev.name(attrs.names[i]);
            Thunk value = attrs.values[i].value();
            result[i] = Attr.applied(f, name, value, at);
        }
        return new NixAttrs(attrs.names, result, at);
    }

    private static Object intersectAttrs(Evaluator ev, Object x, Object y, SourcePosition at) {
        NixAttrs names = ev.forceAttrs(x, at);
        NixAttrs attrs = ev.forceAttrs(y, at);
        boolean[] keep = new boolean[attrs.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = names.get(attrs.names[i]) != null;
        }
        return attrs.select(keep, at);
    }

    private static Object functionArgs(Evaluator ev, Object f, SourcePosition at) {
        if (f instanceof PrimOp || f instanceof PartialPrimOp) {
            return NixAttrs.EMPTY;
        }
        if (!(f instanceof Closure closure)) {
            throw NixError.type(at, "'functionArgs' requires a function");
        }
        return functionArgs(closure.lambda().formals(), at);
    }

    private static Object removeAttrs(Evaluator ev, Object set, Object names, SourcePosition at) {
        NixAttrs attrs = ev.forceAttrs(set, at);
        boolean[] keep = new boolean[attrs.size()];
        Arrays.fill(keep, true);
        List<Thunk> elements = ev.forceList(names, at).items();
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk name = elements.get(k);
            int i = attrs.indexOf(ev.forceString(name.force(ev), at).text());
            if (i >= 0) {
                keep[i] = false;
            }
        }
        return attrs.select(keep, attrs.position);
    }

    private static Object catAttrs(Evaluator ev, Object name, Object list, SourcePosition at) {
        String key = ev.forceString(name, at).text();
        List<Thunk> result = new ArrayList<>();
        List<Thunk> elements = ev.forceList(list, at).items();
        for (int k = 0, size = elements.size(); k < size; k++) {
            Thunk item = elements.get(k);
            Attr attr = ev.forceAttrs(item.force(ev), at).get(key);
            if (attr != null) {
                result.add(attr.value());
            }
        }
        return Builtins.list(result);
    }

    private static Object unsafeGetAttrPos(
            Evaluator ev, Object name, Object set, SourcePosition at) {
        String key = ev.forceString(name, at).text();
        Attr attr = ev.forceAttrs(set, at).get(key);
        if (attr == null || attr.position() == null) {
            return NixNull.NULL;
        }
        return Positions.value(attr.position());
    }

    /**
     * {@code zipAttrsWith f sets}: each name of the sets, in order, with the list of its values in
     * the order of the sets.
     */
    /**
     * The formals' names, sorted, each with whether it has a default; made once per set pattern, so
     * that the sets made from it share their names (and inline caches keyed by them hit).
     */
    private static NixAttrs functionArgs(Expr.Formals formals, SourcePosition at) {
        if (formals == null) {
            return new NixAttrs(new String[0], new Attr[0], at);
        }
        NixAttrs args = formals.args;
        if (args == null) {
            args = argsOf(formals, at);
            formals.args = args;
        }
        return new NixAttrs(args.names, args.values, at);
    }

    private static NixAttrs argsOf(Expr.Formals formals, SourcePosition at) {
        int count = formals.formals().size();
        String[] names = new String[count];
        Attr[] values = new Attr[count];
        for (int i = 0; i < count; i++) {
            Expr.Formal formal = formals.formals().get(i);
            int slot = i;
            while (slot > 0 && names[slot - 1].compareTo(formal.name()) > 0) {
                names[slot] = names[slot - 1];
                values[slot] = values[slot - 1];
                slot--;
            }
            names[slot] = formal.name();
            values[slot] = new Attr(Thunk.of(formal.fallback() != null), formal.position());
        }
        return new NixAttrs(names, values, at);
    }

    private static Object zipAttrsWith(Evaluator ev, Object f, Object list, SourcePosition at) {
        ev.forceFunction(f, at);
        List<Thunk> items = ev.forceList(list, at).items();
        NixAttrs[] sets = new NixAttrs[items.size()];
        int total = 0;
        for (int s = 0; s < sets.length; s++) {
            sets[s] = ev.forceAttrs(items.get(s).force(ev), at);
            total += sets[s].size();
        }
        String[] names = sets.length == 1 ? sets[0].names : union(sets, total);
        int[] counts = new int[names.length];
        for (NixAttrs set : sets) {
            for (String name : set.names) {
                counts[Arrays.binarySearch(names, name)]++;
            }
        }
        Thunk[][] values = new Thunk[names.length][];
        for (NixAttrs set : sets) {
            for (int i = 0; i < set.names.length; i++) {
                int k = Arrays.binarySearch(names, set.names[i]);
                Thunk[] bucket = values[k];
                if (bucket == null) {
                    bucket = new Thunk[counts[k]];
                    values[k] = bucket;
                }
                bucket[bucket.length - counts[k]--] = set.values[i].value();
            }
        }
        Attr[] result = new Attr[names.length];
        for (int i = 0; i < names.length; i++) {
            Thunk zipped = Thunk.of(new NixList(Arrays.asList(values[i])));
            result[i] = Attr.applied(f, ev.name(names[i]), zipped, at);
        }
        return new NixAttrs(names, result, at);
    }

    /** The distinct names of the sets, sorted. */
    private static String[] union(NixAttrs[] sets, int total) {
        String[] all = new String[total];
        int n = 0;
        for (NixAttrs set : sets) {
            System.arraycopy(set.names, 0, all, n, set.names.length);
            n += set.names.length;
        }
        NameSort.sort(all);
        int distinct = 0;
        for (int i = 0; i < total; i++) {
            if (distinct == 0 || !all[distinct - 1].equals(all[i])) {
                all[distinct++] = all[i];
            }
        }
        return distinct == total ? all : Arrays.copyOf(all, distinct);
    }
}
