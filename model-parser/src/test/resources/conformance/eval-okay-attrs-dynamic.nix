let k = "key"; in { ${k} = 1; "${k}2" = 2; ${if true then "t" else "f"} = 3; ${null} = 4; }
