package org.dydisnix.cli;

/** A planning request that cannot be met, such as too few targets for a colouring. */
final class PlanningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlanningException(String message) {
        super(message);
    }
}
