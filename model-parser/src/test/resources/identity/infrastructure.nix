{
  first = {
    properties.hostname = "shared.example.org";
    containers.process = {};
  };
  second = {
    properties.hostname = "shared.example.org";
    containers.process = {};
  };
}
