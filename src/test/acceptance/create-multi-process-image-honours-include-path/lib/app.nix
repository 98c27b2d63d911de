{ stateDir }:

{
  webapp = {
    pkg = {
      foregroundProcess = "/opt/webapp/bin/webapp";
      user = "webapp";
    };
  };
}
