# Ports 3000 to 4000, each unique in the whole system.
{
  ports = { min = 3000; max = 4000; scope = "global"; };
}
