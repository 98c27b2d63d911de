# nginx as a reverse proxy that forwards each webapp's dnsName to its port (virtual hosts by Host header).
{ createManagedProcess, stateDir, runtimeDir, cacheDir, forceDisableUserChange }:
{ port ? 80, webapps ? [], instanceSuffix ? "", instanceName ? "nginx${instanceSuffix}", workerConnections ? 1024 }:
interDependencies:

let
  nginxStateDir = "${stateDir}/${instanceName}";
  nginxLogDir = "${nginxStateDir}/logs";
  nginxCacheDir = "${cacheDir}/${instanceName}";

  upstreams = builtins.concatStringsSep "\n" (map (webapp: ''
    upstream webapp${toString webapp.port} {
      server 127.0.0.1:${toString webapp.port};
    }
  '') webapps);

  servers = builtins.concatStringsSep "\n" (map (webapp: ''
    server {
      listen ${toString port};
      server_name ${webapp.dnsName};

      location / {
        proxy_pass http://webapp${toString webapp.port};
      }
    }
  '') webapps);

  nginxConf = builtins.toFile "nginx.conf" ''
    pid ${runtimeDir}/${instanceName}.pid;
    error_log ${nginxLogDir}/error.log;

    ${if forceDisableUserChange then "" else "user ${instanceName} ${instanceName};"}

    events {
      worker_connections ${toString workerConnections};
    }

    http {
      access_log ${nginxLogDir}/access.log;
      error_log ${nginxLogDir}/error.log;

      proxy_temp_path ${nginxCacheDir}/proxy;
      client_body_temp_path ${nginxCacheDir}/client_body;
      fastcgi_temp_path ${nginxCacheDir}/fastcgi;
      uwsgi_temp_path ${nginxCacheDir}/uwsgi;
      scgi_temp_path ${nginxCacheDir}/scgi;

      ${upstreams}

      # Requests for unknown virtual hosts get an error.
      server {
        listen ${toString port};
        server_name aaaa;
        return 502 "This web application is unavailable at the moment!\n";
      }

      ${servers}
    }
  '';
in
createManagedProcess {
  inherit instanceName;
  description = "Nginx reverse proxy";
  process = "/usr/sbin/nginx";
  args = [ "-p" nginxStateDir "-c" nginxConf ];
  foregroundProcessExtraArgs = [ "-g" "daemon off;" ];

  initialize = ''
    mkdir -p ${nginxLogDir}
    mkdir -p ${nginxCacheDir}
  '' + (if forceDisableUserChange then "" else ''
    chown ${instanceName}:${instanceName} ${nginxLogDir} ${nginxCacheDir}
  '');

  dependencies = map (webapp: webapp.pkg) webapps;

  credentials = if forceDisableUserChange then {} else {
    groups = {
      "${instanceName}" = {};
    };
    users = {
      "${instanceName}" = {
        group = instanceName;
        description = "Nginx user";
      };
    };
  };

  overrides = {
    sysvinit.runlevels = [ 3 4 5 ];
  };
}
