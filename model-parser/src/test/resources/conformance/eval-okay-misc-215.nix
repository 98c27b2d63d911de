builtins.pathExists "/nonexistent/x"
