(import ./models/services.nix { system = "x"; pkgs = null; distribution = {}; invDistribution = {}; }).testService1.pkg
