"trailing   \n"
