''
	kept tab
  two
''
