package org.dydisnix.nix;

import java.util.List;

/** A built-in applied to fewer arguments than it takes. */
record PartialPrimOp(PrimOp primOp, List<Thunk> arguments) {}
