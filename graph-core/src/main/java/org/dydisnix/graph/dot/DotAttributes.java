package org.dydisnix.graph.dot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, ordered list of DOT attributes; values are written in the order given.
 *
 * <p>Setting a key that is already present replaces its value in place.
 */
public final class DotAttributes {
    private static final DotAttributes EMPTY = new DotAttributes(List.of());

    private final List<Entry> entries;

    private DotAttributes(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Returns the empty attribute list.
     *
     * @return no attributes
     */
    public static DotAttributes empty() {
        return EMPTY;
    }

    /**
     * Returns a list with one attribute.
     *
     * @param key the attribute name
     * @param value the literal value
     * @return the attributes
     */
    public static DotAttributes of(String key, String value) {
        return EMPTY.with(key, value);
    }

    /**
     * Returns a list with two attributes.
     *
     * @param key1 the first name
     * @param value1 the first literal value
     * @param key2 the second name
     * @param value2 the second literal value
     * @return the attributes
     */
    public static DotAttributes of(String key1, String value1, String key2, String value2) {
        return EMPTY.with(key1, value1).with(key2, value2);
    }

    /**
     * Returns a copy with a literal value: it is quoted and fully escaped.
     *
     * @param key the attribute name
     * @param value the literal value
     * @return a new attribute list
     */
    public DotAttributes with(String key, String value) {
        return put(key, Dot.quote(Objects.requireNonNull(value, "value cannot be null")));
    }

    /**
     * Returns a copy with a raw value whose backslash escapes are kept (record labels, {@code \l}
     * line ends).
     *
     * @param key the attribute name
     * @param rawValue the value in Graphviz escape syntax
     * @return a new attribute list
     * @see Dot#recordLabel(String...)
     */
    public DotAttributes withRaw(String key, String rawValue) {
        return put(key, Dot.quoteRaw(Objects.requireNonNull(rawValue, "value cannot be null")));
    }

    private DotAttributes put(String key, String quoted) {
        String name = Dot.attributeName(Objects.requireNonNull(key, "key cannot be null"));
        List<Entry> copy = new ArrayList<>(entries);
        Entry entry = new Entry(name, quoted);
        boolean replaced = false;
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).name.equals(name)) {
                copy.set(i, entry);
                replaced = true;
            }
        }
        if (!replaced) {
            copy.add(entry);
        }
        return new DotAttributes(Collections.unmodifiableList(copy));
    }

    /**
     * Tells whether there are no attributes.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the number of attributes.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }

    void appendTo(StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(entries.get(i).name).append('=').append(entries.get(i).quotedValue);
        }
        sb.append(']');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DotAttributes other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }

    private record Entry(String name, String quotedValue) {}
}
