package org.dydisnix.nix;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import org.dydisnix.model.SourcePosition;

/**
 * A Nix attribute set: attributes sorted by name in two parallel arrays (looked up by binary
 * search), with the position the set was written at. Each set is a distinct object, so {@code ==}
 * tells apart two sets with equal contents. {@link #attrs()} is a read-only sorted map view.
 */
final class NixAttrs {
    private static final String[] NO_NAMES = {};
    private static final Attr[] NO_VALUES = {};

    static final NixAttrs EMPTY = new NixAttrs(NO_NAMES, NO_VALUES, null);

    final String[] names;
    final Attr[] values;
    final SourcePosition position;

    /** A set of the given sorted, distinct names and their attributes (the arrays are kept). */
    NixAttrs(String[] names, Attr[] values, SourcePosition position) {
        this.names = names;
        this.values = values;
        this.position = position;
    }

    /** The attributes as a read-only sorted map. */
    Map<String, Attr> attrs() {
        return new View(this);
    }

    /** A set of the map's entries (sorted here unless the map is a naturally ordered map). */
    NixAttrs(Map<String, Attr> attrs, SourcePosition position) {
        this(sortedNames(attrs), null, position, attrs);
    }

    private NixAttrs(
            String[] names, Attr[] unused, SourcePosition position, Map<String, Attr> map) {
        this(names, valuesOf(names, map), position);
    }

    private static String[] sortedNames(Map<String, Attr> map) {
        String[] names = map.keySet().toArray(NO_NAMES);
        if (!(map instanceof SortedMap<String, Attr> sorted && sorted.comparator() == null)) {
            NameSort.sort(names);
        }
        return names;
    }

    private static Attr[] valuesOf(String[] names, Map<String, Attr> map) {
        Attr[] values = new Attr[names.length];
        if (map instanceof SortedMap<String, Attr> sorted && sorted.comparator() == null) {
            int i = 0;
            for (Attr value : map.values()) {
                values[i++] = value;
            }
        } else {
            for (int i = 0; i < names.length; i++) {
                values[i] = map.get(names[i]);
            }
        }
        return values;
    }

    static NixAttrs of(Map<String, Object> values) {
        String[] names = values.keySet().toArray(NO_NAMES);
        NameSort.sort(names);
        Attr[] attrs = new Attr[names.length];
        for (int i = 0; i < names.length; i++) {
            Object value = values.get(names[i]);
            attrs[i] = new Attr(value instanceof Thunk t ? t : Thunk.of(value), null);
        }
        return new NixAttrs(names, attrs, null);
    }

    /**
     * The index of a name, or {@code -(insertion point) - 1} as {@link Arrays#binarySearch}; small
     * sets are first scanned for the very same (interned) string.
     */
    int indexOf(String name) {
        String[] names = this.names;
        if (names.length <= 12) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return i;
                }
            }
        }
        int low = 0;
        int high = names.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            String probe = names[middle];
            if (probe == name) {
                return middle;
            }
            int c = probe.compareTo(name);
            if (c < 0) {
                low = middle + 1;
            } else if (c > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** A new set of these attributes and {@code attr} named {@code name}, which is not in this. */
    NixAttrs with(String name, Attr attr, SourcePosition position) {
        int at = -indexOf(name) - 1;
        String[] names = new String[this.names.length + 1];
        Attr[] values = new Attr[names.length];
        System.arraycopy(this.names, 0, names, 0, at);
        System.arraycopy(this.values, 0, values, 0, at);
        names[at] = name;
        values[at] = attr;
        System.arraycopy(this.names, at, names, at + 1, this.names.length - at);
        System.arraycopy(this.values, at, values, at + 1, this.names.length - at);
        return new NixAttrs(Shapes.of(names), values, position);
    }

    Attr get(String name) {
        int i = indexOf(name);
        return i >= 0 ? values[i] : null;
    }

    int size() {
        return names.length;
    }

    /**
     * A set of the given distinct names and their values, sorted here (in place when small; not at
     * all when they come in order).
     */
    static NixAttrs sorted(String[] names, Attr[] values, SourcePosition position) {
        int n = names.length;
        int ordered = 1;
        while (ordered < n && names[ordered - 1].compareTo(names[ordered]) < 0) {
            ordered++;
        }
        if (ordered >= n) {
            return new NixAttrs(Shapes.of(names), values, position);
        }
        if (n > 12) {
            int[] order = NameSort.order(names);
            String[] sortedNames = new String[n];
            Attr[] sortedValues = new Attr[n];
            for (int i = 0; i < n; i++) {
                sortedNames[i] = names[order[i]];
                sortedValues[i] = values[order[i]];
            }
            return new NixAttrs(Shapes.of(sortedNames), sortedValues, position);
        }
        for (int i = 1; i < n; i++) {
            String name = names[i];
            Attr value = values[i];
            int j = i - 1;
            while (j >= 0 && names[j].compareTo(name) > 0) {
                names[j + 1] = names[j];
                values[j + 1] = values[j];
                j--;
            }
            names[j + 1] = name;
            values[j + 1] = value;
        }
        return new NixAttrs(Shapes.of(names), values, position);
    }

    /** The attributes whose {@code keep} flag is set (sharing the arrays when every flag is). */
    NixAttrs select(boolean[] keep, SourcePosition at) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        if (n == keep.length) {
            return new NixAttrs(names, values, at);
        }
        String[] selectedNames = new String[n];
        Attr[] selectedValues = new Attr[n];
        n = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                selectedNames[n] = names[i];
                selectedValues[n++] = values[i];
            }
        }
        return new NixAttrs(Shapes.of(selectedNames), selectedValues, at);
    }

    /** The attributes of {@code left} and {@code right}, those of {@code right} winning. */
    static NixAttrs update(NixAttrs left, NixAttrs right) {
        if (right.names.length == 0) {
            return new NixAttrs(left.names, left.values, right.position);
        }
        if (left.names.length == 0) {
            return right;
        }
        return right.names.length <= FEW ? updateFew(left, right) : merge(left, right);
    }

    private static final int FEW = 8;

    /**
     * {@code left // right} for a small {@code right}: its names looked up, the rest copied; {@code
     * right} itself when it has every name of {@code left}, the names of {@code left} shared when
     * {@code right} adds none.
     */
    private static NixAttrs updateFew(NixAttrs left, NixAttrs right) {
        String[] b = right.names;
        int added = 0;
        for (String name : b) {
            if (left.indexOf(name) < 0) {
                added++;
            }
        }
        String[] a = left.names;
        if (b.length - added == a.length) {
            return right;
        }
        if (added == 0) {
            Attr[] values = copy(left.values);
            for (int j = 0; j < b.length; j++) {
                values[left.indexOf(b[j])] = right.values[j];
            }
            return new NixAttrs(a, values, right.position);
        }
        String[] names = new String[a.length + added];
        Attr[] values = new Attr[names.length];
        int from = 0;
        int n = 0;
        for (int j = 0; j < b.length; j++) {
            int k = left.indexOf(b[j]);
            int upTo = k >= 0 ? k : -(k + 1);
            int run = upTo - from;
            System.arraycopy(a, from, names, n, run);
            System.arraycopy(left.values, from, values, n, run);
            n += run;
            names[n] = b[j];
            values[n++] = right.values[j];
            from = k >= 0 ? k + 1 : upTo;
        }
        System.arraycopy(a, from, names, n, a.length - from);
        System.arraycopy(left.values, from, values, n, a.length - from);
        return new NixAttrs(names, values, right.position);
    }

    /**
     * {@code left // right} by merging the sorted names: {@code right} itself when it has every
     * name of {@code left}, the names of {@code left} shared when {@code right} adds none.
     */
    private static NixAttrs merge(NixAttrs left, NixAttrs right) {
        String[] a = left.names;
        String[] b = right.names;
        int common = common(a, b);
        if (common == a.length) {
            return right;
        }
        if (common == b.length) {
            Attr[] values = copy(left.values);
            for (int i = 0, j = 0; j < b.length; i++) {
                if (a[i] == b[j] || a[i].equals(b[j])) {
                    values[i] = right.values[j++];
                }
            }
            return new NixAttrs(a, values, right.position);
        }
        String[] names = new String[a.length + b.length - common];
        Attr[] values = new Attr[names.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int c = a[i] == b[j] ? 0 : a[i].compareTo(b[j]);
            if (c < 0) {
                names[n] = a[i];
                values[n++] = left.values[i++];
            } else {
                if (c == 0) {
                    i++;
                }
                names[n] = b[j];
                values[n++] = right.values[j++];
            }
        }
        int rest = a.length - i;
        System.arraycopy(a, i, names, n, rest);
        System.arraycopy(left.values, i, values, n, rest);
        n += rest;
        rest = b.length - j;
        System.arraycopy(b, j, names, n, rest);
        System.arraycopy(right.values, j, values, n, rest);
        return new NixAttrs(names, values, right.position);
    }

    /** How many names two sorted arrays have in common. */
    private static int common(String[] a, String[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int c = a[i] == b[j] ? 0 : a[i].compareTo(b[j]);
            if (c <= 0) {
                i++;
            }
            if (c >= 0) {
                j++;
            }
            if (c == 0) {
                common++;
            }
        }
        return common;
    }

    /** A copy of attributes ({@code clone()} is a call into the VM in C1-compiled code). */
    static Attr[] copy(Attr[] values) {
        Attr[] copy = new Attr[values.length];
        System.arraycopy(values, 0, copy, 0, values.length);
        return copy;
    }

    /** Whether this set is a derivation ({@code type = "derivation"}). */
    boolean isDerivation(Evaluator evaluator) {
        Attr type = get("type");
        if (type == null) {
            return false;
        }
        Object value = type.value().force(evaluator);
        return value instanceof NixString s && s.text().equals("derivation");
    }

    /** The read-only map view of a set, in name order. */
    private static final class View extends AbstractMap<String, Attr> {
        private final NixAttrs set;

        View(NixAttrs set) {
            this.set = set;
        }

        @Override
        public int size() {
            return set.names.length;
        }

        @Override
        public Attr get(Object key) {
            return key instanceof String name ? set.get(name) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, Attr>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return set.names.length;
                }

                @Override
                public Iterator<Map.Entry<String, Attr>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < set.names.length;
                        }

                        @Override
                        public Map.Entry<String, Attr> next() {
                            if (next >= set.names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(
                                    set.names[i], set.values[i]);
                        }
                    };
                }
            };
        }
    }
}
