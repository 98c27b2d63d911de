[ "x" [ "a" ] "y" [ null ] "z" ]
