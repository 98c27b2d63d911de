# Values from Nix's manual (builtins.parseFlakeRef, builtins.flakeRefToString, nix3-flake "Flake references").
[
  (builtins.parseFlakeRef "github:NixOS/nixpkgs/23.05?dir=lib")
  (builtins.flakeRefToString { dir = "lib"; owner = "NixOS"; ref = "23.05"; repo = "nixpkgs"; type = "github"; })
  (builtins.parseFlakeRef "nixpkgs")
  (builtins.parseFlakeRef "nixpkgs/nixos-unstable")
  (builtins.parseFlakeRef "nixpkgs/a3a3dda3bacf61e8a39258a0ed9c924eeca8e293")
  (builtins.parseFlakeRef "github:edolstra/dwarffs")
  (builtins.parseFlakeRef "git+https://github.com/NixOS/patchelf?ref=master")
  (builtins.parseFlakeRef "path:/home/user/sub/dir")
  (builtins.parseFlakeRef "https://github.com/NixOS/patchelf/archive/master.tar.gz")
  (builtins.flakeRefToString { type = "indirect"; id = "nixpkgs"; ref = "nixos-unstable"; })
  (builtins.flakeRefToString { type = "git"; url = "https://github.com/NixOS/patchelf"; ref = "master"; })
]
