[ [ "123" ] [ "trimmed" ] [ "a" "b/c" ] ]
