# A lib-heavy evaluation: the module system over many submodules, string and list functions.
lib:
let
  inherit (lib) types mkOption;
  n = 1000;
  names = lib.genList (i: "service${toString i}") n;
  serviceModule = { name, config, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; };
      port = mkOption { type = types.port; };
      tags = mkOption { type = types.listOf types.str; default = [ ]; };
      env = mkOption { type = types.attrsOf types.str; default = { }; };
      enable = mkOption { type = types.bool; default = true; };
      unit = mkOption { type = types.lines; };
    };
    config.unit = lib.concatStringsSep "\n" (
      [ "[Service]" "ExecStart=/bin/${config.name} --port ${toString config.port}" ]
      ++ lib.mapAttrsToList (k: v: "Environment=${k}=${lib.escapeShellArg v}") config.env
    );
  };
  result = lib.evalModules {
    modules = [
      { options.services = mkOption { type = types.attrsOf (types.submodule serviceModule); default = { }; }; }
      {
        services = lib.listToAttrs (lib.imap0 (i: name: lib.nameValuePair name {
          port = 1024 + i;
          tags = lib.splitString "," "a,b,${name}";
          env = { HOME = "/var/lib/${name}"; LEVEL = lib.toUpper (lib.substring 0 3 name); };
        }) names);
      }
      ({ config, ... }: { services.service0.enable = lib.mkForce false; })
    ];
  };
  services = result.config.services;
  enabled = lib.filterAttrs (_: s: s.enable) services;
in {
  count = lib.length (lib.attrNames enabled);
  ports = lib.foldl' (a: b: a + b) 0 (lib.mapAttrsToList (_: s: s.port) enabled);
  tags = lib.length (lib.unique (lib.concatMap (s: s.tags) (lib.attrValues services)));
  sorted = lib.take 5 (lib.sort (a: b: a > b) (map (s: s.port) (lib.attrValues services)));
  units = builtins.hashString "sha256" (lib.concatMapStringsSep "\n" (s: s.unit) (lib.attrValues enabled));
  replaced = lib.replaceStrings [ "service" ] [ "svc" ] (lib.concatStringsSep " " (lib.take 10 names));
  versions = map (v: lib.versions.majorMinor v) [ "1.2.3" "10.20.30" ];
}
