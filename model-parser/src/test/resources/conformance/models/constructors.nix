{ pkgs, stateDir, runtimeDir, logDir, tmpDir, cacheDir, forceDisableUserChange, processManager, webappMode ? null }:

let
  createManagedProcess = import ./create-managed-process.nix {
    inherit stateDir runtimeDir logDir tmpDir forceDisableUserChange processManager;
  };
in
{
  webapp =
    if webappMode == null then import ./webapp.nix { inherit createManagedProcess tmpDir; }
    else if webappMode == "foreground" then import ./webapp.nix { inherit createManagedProcess tmpDir; foreground = true; }
    else throw "Unknown webappMode: ${webappMode}";

  nginxReverseProxyHostBased = { port ? 80, webapps ? [], instanceSuffix ? "", instanceName ? "nginx${instanceSuffix}", workerConnections ? 190000 }:
    interDependencies:
    createManagedProcess {
      inherit instanceName;
      process = "/usr/sbin/nginx";
      args = [ "-p" "${stateDir}/${instanceName}" "-c" "${stateDir}/${instanceName}/nginx.conf" ];
      foregroundProcessExtraArgs = [ "-g" "daemon off;" ];
      initialize = ''
        mkdir -p ${stateDir}/${instanceName}/logs
        mkdir -p ${cacheDir}/${instanceName}
        ${if forceDisableUserChange then "" else ''
          chown ${instanceName}:${instanceName} ${stateDir}/${instanceName}/logs
        ''}
      '';
      dependencies = map (webapp: webapp.pkg) webapps;
      credentials = {
        groups.${instanceName} = {};
        users.${instanceName} = { group = instanceName; description = "Nginx user"; };
      };
      overrides.sysvinit.runlevels = [ 3 4 5 ];
      config = ''
        events {
          worker_connections ${toString workerConnections};
        }
        ${builtins.concatStringsSep "\n" (map (webapp: ''
          upstream webapp${toString webapp.port} {
            server localhost:${toString webapp.port};
          }
        '') webapps)}
      '';
    };
}
