	tab
