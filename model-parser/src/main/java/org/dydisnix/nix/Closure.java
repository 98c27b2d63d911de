package org.dydisnix.nix;

/** A user-defined function with the environment it was defined in. */
record Closure(Expr.Lambda lambda, Env env) {}
