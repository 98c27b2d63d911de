''
	tab
''
