# A process-manager agnostic process description: the attributes createManagedProcess takes, with the
# name defaulting to the instance name. The image builder turns it into supervisord or sysvinit files.
{ instanceName ? null, name ? instanceName, ... }@args:

if name == null then throw "No process name was specified or can be inferred!"
else builtins.removeAttrs args [ "instanceName" ] // { inherit name; }
