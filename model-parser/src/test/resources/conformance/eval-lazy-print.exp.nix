{ a = <CODE>; b = <CODE>; c = 3; d = <CODE>; e = <CODE>; f = <CODE>; g = <CODE>; p = @CORPUS@/data; s = "s"; }
