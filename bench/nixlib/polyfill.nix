# Evaluates a file of a newer nixpkgs lib under an older Nix (nix-instantiate 2.8 lacks
# builtins.readFileType and builtins.warn): every import goes through scopedImport with the missing
# builtins added. Where both exist it changes nothing but that imports are not cached, in either
# evaluator alike.
file:
let
  polyfills = {
    readFileType = p: (builtins.readDir (dirOf p)).${baseNameOf p};
    warn = msg: v: builtins.trace "evaluation warning: ${msg}" v;
  };
  overrides = {
    builtins = builtins // builtins.removeAttrs polyfills (builtins.attrNames builtins);
    import = f: builtins.scopedImport overrides f;
  };
in
builtins.scopedImport overrides file
