# leading comment
{ /* block */ a = 1; # trailing
  b = /* inline */ 2; }
