[ <CODE> 2 "x" <CODE> ]
