package org.dydisnix.cli.plan;

/** A planning request that cannot be met, such as too few targets for a colouring. */
public final class PlanningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanningException(String message) {
        super(message);
    }
}
