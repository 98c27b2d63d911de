"path"
