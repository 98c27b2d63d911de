builtins.stringLength "日"
