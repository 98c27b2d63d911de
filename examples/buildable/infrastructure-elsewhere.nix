# 'here' has this machine's system; 'elsewhere' a system no machine here builds for.
{
  here.properties.hostname = "here";

  elsewhere = {
    properties.hostname = "elsewhere";
    system = "elsewhere-none";
  };
}
