package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;

/**
 * A {@link ModelNode} over a lazy Nix value: attributes and elements are handed out unforced, so a
 * service's {@code pkg} is never evaluated unless asked for.
 */
public final class NixModelNode implements ModelNode {
    private final Evaluator evaluator;
    private final Thunk thunk;
    private final SourcePosition position;

    NixModelNode(Evaluator evaluator, Thunk thunk, SourcePosition position) {
        this.evaluator = evaluator;
        this.thunk = thunk;
        this.position = position;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    Thunk thunk() {
        return thunk;
    }

    /** The forced value object (for the printers; package types of this evaluator). */
    public Object value() {
        return Guard.run(new Forcing(thunk, evaluator));
    }

    @Override
    public Kind kind() {
        Object value = value();
        if (value instanceof NixString) {
            return Kind.STRING;
        } else if (value instanceof Long) {
            return Kind.INT;
        } else if (value instanceof Double) {
            return Kind.FLOAT;
        } else if (value instanceof Boolean) {
            return Kind.BOOL;
        } else if (value == NixNull.NULL) {
            return Kind.NULL;
        } else if (value instanceof NixPath) {
            return Kind.PATH;
        } else if (value instanceof NixList) {
            return Kind.LIST;
        } else if (value instanceof NixAttrs) {
            return Kind.ATTRS;
        } else if (Types.isFunction(value)) {
            return Kind.FUNCTION;
        }
        return Kind.OTHER;
    }

    @Override
    public SourcePosition position() {
        if (position != null) {
            return position;
        }
        if (thunk.definedAt() != null) {
            return thunk.definedAt();
        }
        return thunk.isForced() && thunk.force(evaluator) instanceof NixAttrs attrs
                ? attrs.position
                : null;
    }

    private NixError expected(Object value, String wanted) {
        return NixError.type(
                position(), "value is " + Types.show(value) + " while " + wanted + " was expected");
    }

    @Override
    public String asString() {
        Object value = value();
        if (value instanceof NixString s) {
            return s.text();
        }
        if (value instanceof NixPath p) {
            return p.path();
        }
        throw expected(value, "a string");
    }

    @Override
    public long asLong() {
        Object value = value();
        if (value instanceof Long l) {
            return l;
        }
        throw expected(value, "an integer");
    }

    @Override
    public double asDouble() {
        Object value = value();
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Double d) {
            return d;
        }
        throw expected(value, "a float");
    }

    @Override
    public boolean asBoolean() {
        Object value = value();
        if (value instanceof Boolean b) {
            return b;
        }
        throw expected(value, "a Boolean");
    }

    @Override
    public List<ModelNode> elements() {
        Object value = value();
        if (!(value instanceof NixList list)) {
            throw expected(value, "a list");
        }
        List<ModelNode> elements = new ArrayList<>(list.size());
        for (Thunk item : list.items()) {
            elements.add(
                    new NixModelNode(
                            evaluator,
                            item,
                            item.definedAt() != null ? item.definedAt() : position()));
        }
        return Collections.unmodifiableList(elements);
    }

    @Override
    public SortedMap<String, ModelNode> attributes() {
        Object value = value();
        if (!(value instanceof NixAttrs attrs)) {
            throw expected(value, "a set");
        }
        SortedMap<String, ModelNode> nodes = new TreeMap<>();
        for (Map.Entry<String, Attr> entry : attrs.attrs().entrySet()) {
            Attr attr = entry.getValue();
            SourcePosition at = attr.position() != null ? attr.position() : attrs.position;
            nodes.put(entry.getKey(), new NixModelNode(evaluator, attr.value(), at));
        }
        return Collections.unmodifiableSortedMap(nodes);
    }

    @Override
    public ModelNode get(String name) {
        Object value = value();
        if (!(value instanceof NixAttrs attrs)) {
            throw expected(value, "a set");
        }
        Attr attr = attrs.get(name);
        if (attr == null) {
            return null;
        }
        return new NixModelNode(
                evaluator,
                attr.value(),
                attr.position() != null ? attr.position() : attrs.position);
    }

    @Override
    public Object identity() {
        Object value = value();
        return value instanceof NixAttrs || value instanceof NixList || Types.isFunction(value)
                ? value
                : null;
    }

    @Override
    public SortedMap<String, String> referencedFiles() {
        Object value = value();
        if (value instanceof NixString s && !s.context().isEmpty()) {
            TreeMap<String, String> files = new TreeMap<>(s.context());
            java.util.Iterator<String> values = files.values().iterator();
            while (values.hasNext()) {
                if (NixString.NO_FILE.equals(values.next())) {
                    values.remove();
                }
            }
            return Collections.unmodifiableSortedMap(files);
        }
        return Collections.emptySortedMap();
    }

    @Override
    public Object toPlain() {
        return Guard.run(new Plain(this));
    }

    private Object plain(Object value, SourcePosition at) {
        if (value instanceof NixString s) {
            return s.text();
        } else if (value instanceof NixPath p) {
            return p.path();
        } else if (value == NixNull.NULL) {
            return null;
        } else if (value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        } else if (value instanceof NixList list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Thunk item : list.items()) {
                items.add(
                        plain(
                                item.force(evaluator),
                                item.definedAt() != null ? item.definedAt() : at));
            }
            return Collections.unmodifiableList(items);
        } else if (value instanceof NixAttrs attrs) {
            Attr outPath = attrs.get("outPath");
            if (outPath != null) {
                return plain(evaluator.forceAttr(outPath, "outPath"), at);
            }
            SortedMap<String, Object> map = new TreeMap<>();
            for (Map.Entry<String, Attr> entry : attrs.attrs().entrySet()) {
                Attr attr = entry.getValue();
                map.put(
                        entry.getKey(),
                        plain(
                                evaluator.forceAttr(attr, entry.getKey()),
                                attr.position() != null ? attr.position() : at));
            }
            return Collections.unmodifiableSortedMap(map);
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while plain data was expected");
    }

    @Override
    public String toString() {
        return "NixModelNode@" + position();
    }

    /** Forcing a node's value, run by {@link Guard}. */
    private record Forcing(Thunk thunk, Evaluator evaluator)
            implements java.util.function.Supplier<Object> {
        @Override
        public Object get() {
            return thunk.force(evaluator);
        }
    }

    /** A node's value as plain Java data, run by {@link Guard}. */
    private record Plain(NixModelNode node) implements java.util.function.Supplier<Object> {
        @Override
        public Object get() {
            return node.plain(node.thunk.force(node.evaluator), node.position());
        }
    }
}
