let infrastructure = import ./models/infrastructure.nix; d = import ./models/distribution.nix { inherit infrastructure; }; in map (t: t == infrastructure.testtarget1) d.testService1
