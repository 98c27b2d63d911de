package org.dydisnix.graph.assign;

/** An assignment that cannot be made: the service it failed on and why. */
public final class AssignmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final String reason;

    public AssignmentException(String service, String reason) {
        super("service '" + service + "': " + reason);
        this.service = service;
        this.reason = reason;
    }

    /** The service that could not be placed. */
    public String service() {
        return service;
    }

    /** Why, without the service's name. */
    public String reason() {
        return reason;
    }
}
