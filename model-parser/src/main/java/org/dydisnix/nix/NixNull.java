package org.dydisnix.nix;

/** The Nix {@code null} value. */
enum NixNull {
    NULL
}
