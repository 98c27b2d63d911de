# A services model that fails: with --nix the message is nix-instantiate's.
{ system, pkgs, distribution, invDistribution }:

throw "this services model fails"
