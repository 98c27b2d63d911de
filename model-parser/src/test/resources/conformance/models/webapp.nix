{ createManagedProcess, tmpDir, foreground ? false }:
{ port, instanceSuffix ? "", instanceName ? "webapp${instanceSuffix}" }:

createManagedProcess ({
  inherit instanceName;
  environment = {
    PORT = port;
    PID_FILE = "${tmpDir}/${instanceName}.pid";
  };
  user = instanceName;
  credentials = {
    groups.${instanceName} = {};
    users.${instanceName} = { group = instanceName; description = "Webapp"; };
  };
  overrides.sysvinit.runlevels = [ 3 4 5 ];
  description = "Simple web application";
} // (if foreground then { foregroundProcess = "/bin/webapp"; } else { process = "/bin/webapp"; daemonArgs = [ "-D" ]; }))
