''
  trailing   
''
