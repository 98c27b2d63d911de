# <nix/fetchurl.nix> is Nix's own fixed-output fetch derivation (evaluated, never built)
let
  d = import <nix/fetchurl.nix> { url = "http://example.org/a.tar.gz"; sha256 = "0000000000000000000000000000000000000000000000000000"; };
  e = import <nix/fetchurl.nix> { url = "http://example.org/b"; hash = "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="; executable = true; };
in [ d.drvPath d.outPath e.drvPath e.outPath (builtins.functionArgs (import <nix/fetchurl.nix>)) ]
