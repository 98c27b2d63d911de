[ "a\nb" "tab\there" "quote\"q" "back\\slash" "dollar\${x}" "cr\r" "q" "$" "$$" "a$b" "$\${x}" ]
