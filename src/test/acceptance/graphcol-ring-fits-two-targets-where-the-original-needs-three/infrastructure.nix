{
  left = { properties.hostname = "left.example.org"; };
  right = { properties.hostname = "right.example.org"; };
}
