package org.dydisnix.model.processes;

import org.dydisnix.model.ModelException;
import org.dydisnix.model.SourcePosition;

/**
 * A processes model that does not make sense: a dependency cycle, a duplicate name, an unknown
 * user.
 */
public class ProcessModelException extends ModelException {
    private static final long serialVersionUID = 1L;

    public ProcessModelException(SourcePosition position, String problem) {
        super(position, problem);
    }
}
