package org.dydisnix.cli.eval;

import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;

/** An {@code -A a.b.0.c} selection: attribute names and list indices separated by dots. */
public final class AttributePath {

    private AttributePath() {}

    /** The value at the path below {@code value}. */
    public static ModelNode select(ModelNode value, String path) {
        ModelNode current = value;
        for (String part : path.split("\\.", -1)) {
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
}
