builtins.trace "tracing" 7
