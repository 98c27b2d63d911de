let
  doc = builtins.fromJSON ''
    {"pkgs": [
      {"name": "a", "system": "x86_64-linux", "flags": [true, false, true], "n": 1, "x": 1.0, "meta": {}},
      {"name": "b", "system": "x86_64-linux", "flags": [true, true], "n": 1, "x": 1.5, "meta": {"k": null}},
      {"name": "a", "system": "aarch64-linux", "flags": [], "n": -1, "x": 0.0, "meta": {"k": [[1, [2, []]], {}]}}
    ],
     "dup": 1, "dup": 2, "big": 18446744073709551615, "text": "caf\u00e9 \ud83d\ude00 \n"}
  '';
  first = builtins.elemAt doc.pkgs 0;
  second = builtins.elemAt doc.pkgs 1;
in
doc // {
  sameName = first.name == (builtins.elemAt doc.pkgs 2).name;
  updated = (first // { n = 7; }).n + second.n;
  types = map builtins.typeOf [ first.n first.x (builtins.elemAt doc.pkgs 2).x first.meta doc.big ];
}
