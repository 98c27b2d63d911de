package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/**
 * One attribute of a set: its lazy value and where the attribute is defined (null when computed).
 */
record Attr(Thunk value, SourcePosition position) {}
