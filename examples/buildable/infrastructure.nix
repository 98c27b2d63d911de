# Two targets of this machine's system: every package that builds, builds for both.
{
  testtarget1.properties.hostname = "testtarget1";
  testtarget2.properties.hostname = "testtarget2";
}
