# Ports 3000 to 4000, each unique on its machine only.
{
  ports = { min = 3000; max = 4000; scope = "machine"; };
}
