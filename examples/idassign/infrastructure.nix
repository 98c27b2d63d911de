{
  testtarget1 = {
    properties.hostname = "testtarget1";
    containers.echo = { };
  };

  testtarget2 = {
    properties.hostname = "testtarget2";
    containers.echo = { };
  };
}
