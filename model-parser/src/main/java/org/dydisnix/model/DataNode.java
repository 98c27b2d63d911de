package org.dydisnix.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An eagerly read model value of a data format (JSON, YAML, XML), with the position it was read at.
 */
public final class DataNode implements ModelNode {
    private final Kind kind;
    private final Object value;
    private final SourcePosition position;

    private DataNode(Kind kind, Object value, SourcePosition position) {
        this.kind = kind;
        this.value = value;
        this.position = position;
    }

    public static DataNode ofString(String value, SourcePosition position) {
        return new DataNode(Kind.STRING, value, position);
    }

    public static DataNode ofLong(long value, SourcePosition position) {
        return new DataNode(Kind.INT, value, position);
    }

    public static DataNode ofDouble(double value, SourcePosition position) {
        return new DataNode(Kind.FLOAT, value, position);
    }

    public static DataNode ofBoolean(boolean value, SourcePosition position) {
        return new DataNode(Kind.BOOL, value, position);
    }

    public static DataNode ofNull(SourcePosition position) {
        return new DataNode(Kind.NULL, null, position);
    }

    public static DataNode ofList(List<? extends ModelNode> elements, SourcePosition position) {
        return new DataNode(
                Kind.LIST, Collections.unmodifiableList(new ArrayList<>(elements)), position);
    }

    public static DataNode ofAttrs(
            Map<String, ? extends ModelNode> attributes, SourcePosition position) {
        return new DataNode(
                Kind.ATTRS, Collections.unmodifiableSortedMap(new TreeMap<>(attributes)), position);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public SourcePosition position() {
        return position;
    }

    private ModelException expected(Kind wanted) {
        return new ModelException(
                position,
                "value is "
                        + ModelNode.describe(kind)
                        + " while "
                        + ModelNode.describe(wanted)
                        + " was expected");
    }

    @Override
    public String asString() {
        if (kind != Kind.STRING) {
            throw expected(Kind.STRING);
        }
        return (String) value;
    }

    @Override
    public long asLong() {
        if (kind != Kind.INT) {
            throw expected(Kind.INT);
        }
        return (Long) value;
    }

    @Override
    public double asDouble() {
        return switch (kind) {
            case INT -> (Long) value;
            case FLOAT -> (Double) value;
            default -> throw expected(Kind.FLOAT);
        };
    }

    @Override
    public boolean asBoolean() {
        if (kind != Kind.BOOL) {
            throw expected(Kind.BOOL);
        }
        return (Boolean) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ModelNode> elements() {
        if (kind != Kind.LIST) {
            throw expected(Kind.LIST);
        }
        return (List<ModelNode>) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public SortedMap<String, ModelNode> attributes() {
        if (kind != Kind.ATTRS) {
            throw expected(Kind.ATTRS);
        }
        return (SortedMap<String, ModelNode>) value;
    }

    @Override
    public Object toPlain() {
        return switch (kind) {
            case LIST -> elements().stream().map(ModelNode::toPlain).toList();
            case ATTRS -> {
                SortedMap<String, Object> plain = new TreeMap<>();
                attributes().forEach((name, node) -> plain.put(name, node.toPlain()));
                yield plain;
            }
            default -> value;
        };
    }
}
