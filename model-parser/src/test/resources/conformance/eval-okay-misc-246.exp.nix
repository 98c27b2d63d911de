"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <string value=\"a&#xA;b\t'&amp;\" />\n</expr>\n"
