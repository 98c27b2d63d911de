# A model function with an extra parameter, as the original's extraParams fills it.
{ processManager, stateDir ? "/var", webappMode ? "default" }:
{
  app = {
    pkg = {
      name = "app";
      process = "/opt/${webappMode}/${processManager}/server";
    };
  };
}
