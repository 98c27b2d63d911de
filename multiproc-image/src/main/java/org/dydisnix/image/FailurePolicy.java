package org.dydisnix.image;

/** What the container does when one of its processes fails for good. */
public enum FailurePolicy {
    /** Stop all other processes and exit non-zero. */
    EXIT,
    /** Keep the other processes running. */
    IGNORE
}
