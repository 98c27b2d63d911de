[ (baseNameOf "/a/b/c") (baseNameOf "/a/b/") (baseNameOf "file") (dirOf "/a/b/c") (dirOf "/a") (dirOf "rel") (dirOf "a/b") (baseNameOf "") ]
