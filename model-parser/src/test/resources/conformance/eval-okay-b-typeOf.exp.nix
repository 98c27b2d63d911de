[ "int" "float" "string" "bool" "null" "list" "set" "lambda" "lambda" "path" ]
