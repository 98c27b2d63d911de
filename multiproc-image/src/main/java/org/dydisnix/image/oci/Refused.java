package org.dydisnix.image.oci;

import java.io.IOException;

/**
 * A problem with the base image found while reading it, reported as an {@link
 * org.dydisnix.image.InvalidBaseImageException}.
 */
final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
        super(message);
    }

    Refused(String message, Throwable cause) {
        super(message, cause);
    }
}
