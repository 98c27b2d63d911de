{
  blue = { properties.hostname = "shared.example.org"; };
  green = { properties.hostname = "shared.example.org"; };
  red = { properties.hostname = "shared.example.org"; };
}
