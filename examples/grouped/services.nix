{system, pkgs, distribution, invDistribution}:

let
  customPkgs = import ./pkgs { inherit pkgs system; };
in
rec {
  mysql = {
    name = "mysql";
    pkg = customPkgs.mysql;
    type = "process";
    providesContainers = {
      mysql-database = {
        mysqlPort = 3306;
      };
    };
  };

  tomcat = {
    name = "tomcat";
    pkg = customPkgs.tomcat;
    type = "process";
    providesContainer = "tomcat-webapplication";
  };

  portal = {
    name = "portal";
    pkg = customPkgs.portal;
    dependsOn = {
      inherit portaldb loggingapi reportingapi;
    };
    type = "tomcat-webapplication";
  };

  portaldb = {
    name = "portaldb";
    pkg = customPkgs.portaldb;
    type = "mysql-database";
  };

  errordb = {
    name = "errordb";
    pkg = customPkgs.errordb;
    type = "mysql-database";
    group = "services";
  };

  loggingapi = {
    name = "loggingapi";
    pkg = customPkgs.loggingapi;
    dependsOn = {
      inherit loggingdb errordb;
    };
    type = "tomcat-webapplication";
    group = "services/logging";
  };

  loggingdb = {
    name = "loggingdb";
    pkg = customPkgs.loggingdb;
    type = "mysql-database";
    group = "services/logging";
  };

  reportingapi = {
    name = "reportingapi";
    pkg = customPkgs.reportingapi;
    dependsOn = {
      inherit reportingdb errordb;
    };
    connectsTo = {
      inherit loggingapi;
    };
    type = "tomcat-webapplication";
    group = "services/reporting";
  };

  reportingdb = {
    name = "reportingdb";
    pkg = customPkgs.reportingdb;
    type = "mysql-database";
    group = "services/reporting";
  };
}
