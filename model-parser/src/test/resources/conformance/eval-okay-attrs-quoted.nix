{ "with space" = 1; "a.b" = 2; "" = 3; "${"dyn"}" = 4; }
