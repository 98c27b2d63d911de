# A trivial web application that answers every request with a page naming its port (busybox httpd).
# Runs in the foreground, or daemonizes with -D and writes $PID_FILE.
{ createManagedProcess, tmpDir }:
{ port, instanceSuffix ? "", instanceName ? "webapp${instanceSuffix}" }:

let
  webapp = builtins.toFile "webapp" ''
    #!/bin/sh -e
    : "''${PORT:?PORT is not set}"
    www="/tmp/webapp-$PORT"
    mkdir -p "$www"
    cat > "$www/index.html" <<EOF
    <!DOCTYPE html>
    <html>
      <head>
        <title>Simple test webapp</title>
      </head>
      <body>
        Simple test webapp listening on port: $PORT
      </body>
    </html>
    EOF
    if [ "$1" = "-D" ]; then
      : "''${PID_FILE:?PID_FILE is not set}"
      busybox httpd -f -p "$PORT" -h "$www" </dev/null >/dev/null 2>&1 &
      echo $! > "$PID_FILE"
      exit 0
    fi
    echo "webapp listening on port $PORT"
    exec busybox httpd -f -v -p "$PORT" -h "$www"
  '';
in
createManagedProcess {
  inherit instanceName;
  description = "Simple web application";
  process = webapp;
  daemonExtraArgs = [ "-D" ];
  environment = {
    PORT = port;
    PID_FILE = "${tmpDir}/${instanceName}.pid";
  };
  user = instanceName;

  credentials = {
    groups = {
      "${instanceName}" = {};
    };
    users = {
      "${instanceName}" = {
        group = instanceName;
        description = "Webapp";
      };
    };
  };

  overrides = {
    sysvinit.runlevels = [ 3 4 5 ];
  };
}
