package org.dydisnix.image.oci;

import java.nio.file.Path;

/**
 * A content-addressed blob kept in a file: a layer (then {@code diffId} is the digest of its
 * uncompressed tar) or a JSON document.
 */
public record Blob(String mediaType, String digest, long size, Path file, String diffId) {}
