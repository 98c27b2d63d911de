{ processManager, stateDir ? "/var", ... }:

import <procs/app.nix> { inherit stateDir; }
