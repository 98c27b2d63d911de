package org.dydisnix.image.pm;

import java.util.List;

/**
 * What a process manager back end contributes to the image's configuration.
 *
 * @param entrypoint the {@code Entrypoint}, empty for none
 * @param cmd the {@code Cmd}
 * @param healthcheck the health-check command ({@code CMD} form)
 * @param executables programs the generated files run, checked against the base image
 */
public record Generated(
        List<String> entrypoint,
        List<String> cmd,
        List<String> healthcheck,
        List<String> executables) {

    public Generated {
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        healthcheck = List.copyOf(healthcheck);
        executables = List.copyOf(executables);
    }
}
