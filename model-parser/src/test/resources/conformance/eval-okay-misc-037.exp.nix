"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <list>\n  </list>\n</expr>\n"
