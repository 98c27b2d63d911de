builtins.zipAttrsWith 1 2
