/**
 * {@code create-multi-process-image}: a processes model becomes a runnable multi-process OCI image,
 * without Nix or a Docker daemon. Start at {@link org.dydisnix.image.MultiProcessImage#builder()}.
 */
package org.dydisnix.image;
