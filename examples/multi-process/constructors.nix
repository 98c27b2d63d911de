# Binds the shared state settings of the constructors used by processes.nix.
{ stateDir, runtimeDir, logDir, cacheDir, tmpDir, forceDisableUserChange, processManager }:

let
  createManagedProcess = import ./create-managed-process.nix;
in
{
  webapp = import ./webapp.nix {
    inherit createManagedProcess tmpDir;
  };

  nginxReverseProxyHostBased = import ./nginx-reverse-proxy-hostbased.nix {
    inherit createManagedProcess stateDir runtimeDir cacheDir forceDisableUserChange;
  };
}
