package org.dydisnix.image;

import java.nio.file.Path;
import java.util.List;

/**
 * A written image.
 *
 * @param file the image tarball
 * @param reference the {@code name:tag} it carries
 * @param manifestDigest the digest of its manifest, which identifies the image
 * @param configDigest the digest of its configuration (docker's image id)
 * @param warnings what the builder found suspicious, e.g. executables missing from the base
 */
public record BuiltImage(
        Path file,
        String reference,
        String manifestDigest,
        String configDigest,
        List<String> warnings) {

    public BuiltImage {
        warnings = List.copyOf(warnings);
    }
}
