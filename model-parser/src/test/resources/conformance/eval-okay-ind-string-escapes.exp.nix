"a ''quoted'' b\ndollar \${x}\nnewline \ntab \t\nplain $ and ' single\n"
