# No ports pool any more, only user IDs.
{
  uids = { min = 2000; max = 3000; scope = "global"; };
}
