{system, pkgs, distribution, invDistribution}:

let
  customPkgs = import ./pkgs { inherit pkgs system; };
in
{
  web = {
    name = "web";
    pkg = customPkgs.web;
    type = customPkgs.web.type;
  };
}
