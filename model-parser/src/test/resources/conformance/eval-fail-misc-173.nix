! null
