"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <function>\n    <attrspat ellipsis=\"1\">\n      <attr name=\"a\" />\n    </attrspat>\n  </function>\n</expr>\n"
