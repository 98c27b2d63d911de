# The package of one service as it is deployed to one candidate target, for nix-build: the services
# model is called as Disnix calls it, and a package that is a function of its dependencies gets each
# dependency with its candidate targets (targets) and the first of them (target).
{ servicesFile, infrastructureJson, candidatesJson, serviceName, targetName, extraParams ? {} }:

let
  infrastructureModel = builtins.fromJSON (builtins.readFile (/. + infrastructureJson));
  distribution = builtins.fromJSON (builtins.readFile (/. + candidatesJson));
  target = infrastructureModel.${targetName};
  system = target.system or builtins.currentSystem;
  servicesFun = import (/. + servicesFile);
  arguments = {
    distribution = {};
    invDistribution = {};
    inherit system;
    pkgs = import <nixpkgs> { inherit system; };
  } // builtins.intersectAttrs (builtins.functionArgs servicesFun) extraParams;
  services = if builtins.isFunction servicesFun then servicesFun arguments else servicesFun;
  service = services.${serviceName};
  resolve = dependency:
    let
      targets = map (name: infrastructureModel.${name}) (distribution.${dependency.name} or [ targetName ]);
    in
    dependency // { inherit targets; target = builtins.head targets; };
  dependencies = builtins.mapAttrs (argument: resolve)
    ((service.dependsOn or {}) // (service.connectsTo or {}));
  call = pkg:
    let wanted = builtins.functionArgs pkg;
    in pkg (if wanted == {} then dependencies else builtins.intersectAttrs wanted dependencies);
in
if !(service ? pkg) then {}
else if builtins.isFunction service.pkg then call service.pkg
else service.pkg
