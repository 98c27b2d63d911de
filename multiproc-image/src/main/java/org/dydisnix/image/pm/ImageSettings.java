package org.dydisnix.image.pm;

/**
 * The state settings a processes model is deployed with, as createMultiProcessImage passes them.
 *
 * @param stateDir the state directory ({@code /var})
 * @param runtimeDir the runtime directory ({@code <stateDir>/run})
 * @param forceDisableUserChange true to run every process as root and create no accounts
 * @param exitOnFailure true to stop the container (non-zero) once a process fails for good
 */
public record ImageSettings(
        String stateDir, String runtimeDir, boolean forceDisableUserChange, boolean exitOnFailure) {

    /** Where temporary files go: {@code /tmp} for {@code /var}, else {@code <stateDir>/tmp}. */
    public String tmpDir() {
        return stateDir.equals("/var") ? "/tmp" : stateDir + "/tmp";
    }

    /** Where log files go. */
    public String logDir() {
        return stateDir + "/log";
    }

    /** Where caches go. */
    public String cacheDir() {
        return stateDir + "/cache";
    }
}
