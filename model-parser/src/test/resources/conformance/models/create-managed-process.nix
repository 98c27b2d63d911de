{ stateDir, runtimeDir, logDir, tmpDir, forceDisableUserChange, processManager }:

{ name ? instanceName
, description ? name
, initialize ? ""
, process ? null
, args ? []
, daemon ? process
, daemonExtraArgs ? []
, daemonArgs ? args ++ daemonExtraArgs
, foregroundProcess ? process
, foregroundProcessExtraArgs ? []
, foregroundProcessArgs ? args ++ foregroundProcessExtraArgs
, instanceName ? null
, pidFile ? null
, path ? []
, environment ? {}
, directory ? null
, user ? null
, dependencies ? []
, credentials ? {}
, overrides ? {}
, postInstall ? ""
, config ? null
}:

assert name != null || throw "No process name was specified or can be inferred!";

{
  inherit name description initialize daemon daemonArgs foregroundProcess foregroundProcessArgs dependencies credentials processManager;
  pidFile = if pidFile != null then pidFile else "${runtimeDir}/${if instanceName == null then name else instanceName}.pid";
  user = if forceDisableUserChange then null else user;
  environment = builtins.mapAttrs (n: v: toString v) environment;
  overrides = overrides.${if processManager == null then "none" else processManager} or {};
  configFile = if config == null then null else builtins.toFile "${name}.conf" config;
}
