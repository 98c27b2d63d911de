/**
 * An embedded, lazy evaluator of the Nix language that reads Disnix models without a Nix
 * installation: {@link org.dydisnix.nix.Lexer} to {@link org.dydisnix.nix.Parser} to {@link
 * org.dydisnix.nix.Expr}, checked by {@link org.dydisnix.nix.Resolver} and evaluated lazily by
 * {@link org.dydisnix.nix.Evaluator}. The public entry points are {@link
 * org.dydisnix.nix.NixEvaluator} and {@link org.dydisnix.nix.NixModelSource}.
 */
package org.dydisnix.nix;
