"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <function>\n    <attrspat name=\"x\">\n      <attr name=\"a\" />\n      <attr name=\"b\" />\n    </attrspat>\n  </function>\n</expr>\n"
