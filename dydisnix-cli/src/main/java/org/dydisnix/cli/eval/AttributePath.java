package org.dydisnix.cli.eval;

import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;

/**
 * An {@code -A a.b.0.c} selection: attribute names (a quoted one may hold dots: {@code a."b.c"})
 * and list indices separated by dots.
 */
public final class AttributePath {

    private AttributePath() {}

    /** The value at the path below {@code value}. */
    public static ModelNode select(ModelNode value, String path) {
        ModelNode current = value;
        for (String part : parts(path, value)) {
            if (current.kind() == ModelNode.Kind.LIST && part.matches("\\d+")) {
                int index = Integer.parseInt(part);
                if (index >= current.elements().size()) {
                    throw new ModelException(
                            current.position(),
                            "list index " + index + " is out of bounds in '" + path + "'");
                }
                current = current.elements().get(index);
            } else {
                ModelNode next = current.get(part);
                if (next == null) {
                    throw new ModelException(
                            current.position(),
                            "attribute '" + part + "' in selection path '" + path + "' not found");
                }
                current = next;
            }
        }
        return current;
    }

    /** The names of a path as Nix splits them: at dots outside double quotes. */
    static java.util.List<String> parts(String path, ModelNode value) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (path.isEmpty()) {
            return parts;
        }
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (quoted) {
            throw new ModelException(
                    value.position(), "missing closing quote in selection path '" + path + "'");
        }
        parts.add(part.toString());
        return parts;
    }
}
