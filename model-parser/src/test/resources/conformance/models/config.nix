let
  settings = { listen = 8080; workers = 4; name = "demo"; };
  render = attrs: builtins.concatStringsSep "\n"
    (map (key: "${key} = ${toString attrs.${key}}") (builtins.attrNames attrs));
  configFile = builtins.toFile "demo.conf" (render settings);
  script = builtins.toFile "start.sh" ''
    #!/bin/sh
    exec demo --config ${configFile}
  '';
in
{
  inherit configFile script;
  command = "${script} --verbose";
  text = render settings;
}
