"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <float value=\"1.5\" />\n</expr>\n"
