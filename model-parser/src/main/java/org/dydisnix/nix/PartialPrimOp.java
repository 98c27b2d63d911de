package org.dydisnix.nix;

/** A built-in applied to fewer arguments than it takes: its first one or two (else null). */
record PartialPrimOp(PrimOp primOp, Thunk first, Thunk second) {}
