[ (if true then 1 else 2) (if 1 > 2 then "a" else "b") (if false then throw "x" else 3) ]
