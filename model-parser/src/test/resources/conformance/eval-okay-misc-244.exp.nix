"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <function>\n    <varpat name=\"x\" />\n  </function>\n</expr>\n"
