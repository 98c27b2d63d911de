package org.dydisnix.nix;

/**
 * Path text handling as Nix does it: canonical absolute paths, base names and parent directories.
 */
final class Paths {

    private Paths() {}

    /** The file a path names, or a Nix error if the operating system cannot represent it. */
    static java.nio.file.Path file(String path, org.dydisnix.model.SourcePosition at) {
        try {
            return java.nio.file.Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw NixError.of(
                    NixError.Kind.IO, at, "invalid path '" + path.replace("\0", "\\0") + "'");
        }
    }

    /** Removes {@code .}, {@code ..}, repeated and trailing slashes from an absolute path. */
    static String canonical(String path) {
        StringBuilder canonical = new StringBuilder(path.length() + 1);
        for (int start = 0; start < path.length(); ) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if (length == 2 && path.startsWith("..", start)) {
                canonical.setLength(Math.max(0, canonical.lastIndexOf("/")));
            } else if (length > 0 && !(length == 1 && path.charAt(start) == '.')) {
                canonical.append('/').append(path, start, end);
            }
            start = end + 1;
        }
        return canonical.length() == 0 ? "/" : canonical.toString();
    }

    /** The last component, ignoring one trailing slash, like {@code builtins.baseNameOf}. */
    static String baseName(String path) {
        int end = path.length();
        if (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int slash = path.lastIndexOf('/', end - 1);
        return path.substring(slash + 1, end);
    }

    /** Everything before the last slash, like {@code builtins.dirOf}. */
    static String dirName(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }
}
