(import ./models/processes.nix { processManager = "sysvinit"; stateDir = "/srv"; forceDisableUserChange = true; }).nginx.pkg
