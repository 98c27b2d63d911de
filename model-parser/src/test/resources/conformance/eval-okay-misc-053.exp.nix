"lambda"
