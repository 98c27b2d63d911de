package org.dydisnix.model;

/**
 * A model that cannot be read or does not make sense, reported as {@code file:line:col: what is
 * wrong}.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final String problem;

    public ModelException(SourcePosition position, String problem) {
        this(position, problem, null);
    }

    public ModelException(SourcePosition position, String problem, Throwable cause) {
        super(position == null ? problem : position + ": " + problem, cause);
        this.position = position;
        this.problem = problem;
    }

    /** Where the problem is, or null when no file position applies. */
    public SourcePosition position() {
        return position;
    }

    /** The problem without its position. */
    public String problem() {
        return problem;
    }
}
