(import ./models/processes.nix { processManager = null; webappMode = "foreground"; }).webapp
