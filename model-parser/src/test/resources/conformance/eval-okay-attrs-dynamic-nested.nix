let k = "k"; in { ${k}.a = 1; x.${k} = 2; }
