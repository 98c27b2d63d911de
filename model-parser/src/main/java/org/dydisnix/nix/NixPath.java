package org.dydisnix.nix;

/** A Nix path value: an absolute, normalised file name. */
record NixPath(String path) {}
