{system, pkgs, distribution, invDistribution}:

rec {
  web = {
    name = "web";
    dependsOn = {
      inherit db;
    };
    type = foo;
  };

  db = {
    name = "db";
  };
}
