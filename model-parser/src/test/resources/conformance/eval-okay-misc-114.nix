builtins.partition (x: x) [ true false true ]
