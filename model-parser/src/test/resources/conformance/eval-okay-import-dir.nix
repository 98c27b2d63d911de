(import ./lib) .answer
