{
  test1 = {
    properties = {
      hostname = "test1";
    };
  ;
}
