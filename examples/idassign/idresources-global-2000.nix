# The port pool moved down: 2000 to 3000.
{
  ports = { min = 2000; max = 3000; scope = "global"; };
}
