package org.dydisnix.nix;

import java.util.ArrayDeque;
import java.util.Deque;

/** Path text handling as Nix does it: canonical absolute paths, base names and parent directories. */
final class Paths {

    private Paths() {
    }

    /** Removes {@code .}, {@code ..}, repeated and trailing slashes from an absolute path. */
    static String canonical(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
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
