let x = "a"; in { ${x} = 1; "${x}b" = 2; }
