"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <attrs>\n  </attrs>\n</expr>\n"
