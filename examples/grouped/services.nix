{system, pkgs, distribution, invDistribution}:

let
  customPkgs = import ./pkgs { inherit pkgs system; };
in
rec {
  mysql = {
    name = "mysql";
    description = "MySQL server that hosts the databases";
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
    description = "Apache Tomcat servlet container for the web applications";
    pkg = customPkgs.tomcat;
    type = "process";
    providesContainer = "tomcat-webapplication";
  };

  portal = {
    name = "portal";
    description = "Web front end that users log in to";
    pkg = customPkgs.portal;
    dependsOn = {
      inherit portaldb loggingapi reportingapi;
    };
    type = "tomcat-webapplication";
  };

  portaldb = {
    name = "portaldb";
    description = "Accounts and settings of the portal";
    pkg = customPkgs.portaldb;
    type = "mysql-database";
  };

  errordb = {
    name = "errordb";
    description = "Errors reported by the logging and reporting APIs";
    pkg = customPkgs.errordb;
    type = "mysql-database";
    group = "services";
  };

  loggingapi = {
    name = "loggingapi";
    description = "REST API that collects log records";
    pkg = customPkgs.loggingapi;
    dependsOn = {
      inherit loggingdb errordb;
    };
    type = "tomcat-webapplication";
    group = "services/logging";
  };

  loggingdb = {
    name = "loggingdb";
    description = "Store of the collected log records";
    pkg = customPkgs.loggingdb;
    type = "mysql-database";
    group = "services/logging";
  };

  reportingapi = {
    name = "reportingapi";
    description = "REST API that builds reports from the logs";
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
    description = "Store of the generated reports";
    pkg = customPkgs.reportingdb;
    type = "mysql-database";
    group = "services/reporting";
  };
}
