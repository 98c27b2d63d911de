"ab3"
