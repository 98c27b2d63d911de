package org.dydisnix.image.tar;

import java.util.ArrayDeque;
import java.util.Deque;

/** Normalisation and containment checks for the names and link targets of tar entries. */
public final class TarPaths {
    private TarPaths() {}

    /**
     * The entry name without {@code ./} prefixes and trailing slashes ("" for the root).
     *
     * @throws UnsafeEntryException if the name is absolute or has a {@code ..} component
     */
    public static String normalize(String name) throws UnsafeEntryException {
        if (name.startsWith("/")) {
            throw new UnsafeEntryException("entry '" + name + "' has an absolute name");
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new UnsafeEntryException("entry '" + name + "' has a '..' component");
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    /**
     * Checks that a symbolic link stays inside the root: an absolute target is read relative to the
     * root of the image; a relative one must not climb above it from the link's directory.
     *
     * @throws UnsafeEntryException if the relative target escapes the root
     */
    public static void checkSymlink(String entry, String target) throws UnsafeEntryException {
        if (target.startsWith("/")) {
            return;
        }
        Deque<String> stack = new ArrayDeque<>();
        String[] parts = entry.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                stack.push(parts[i]);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (stack.isEmpty()) {
                    throw new UnsafeEntryException(
                            "symbolic link '" + entry + "' -> '" + target + "' escapes the root");
                }
                stack.pop();
            } else {
                stack.push(part);
            }
        }
    }

    /**
     * Joins an absolute or relative link target to the directory of {@code entry}, normalised, no
     * leading slash.
     */
    public static String resolveLink(String entry, String target) {
        Deque<String> stack = new ArrayDeque<>();
        if (!target.startsWith("/")) {
            String[] parts = entry.split("/");
            for (int i = 0; i < parts.length - 1; i++) {
                if (!parts[i].isEmpty()) {
                    stack.addLast(parts[i]);
                }
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!stack.isEmpty()) {
                    stack.removeLast();
                }
            } else {
                stack.addLast(part);
            }
        }
        return String.join("/", stack);
    }
}
