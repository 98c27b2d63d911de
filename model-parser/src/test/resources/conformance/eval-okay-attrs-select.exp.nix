[ 42 1 42 "def" null ]
