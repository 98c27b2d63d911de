package org.dydisnix.image.layer;

/**
 * A normal absolute path inside an image: starts with {@code /}, no empty, {@code .} or {@code ..}
 * components, no trailing slash (except the root), no control characters.
 *
 * @param path the path text, e.g. {@code /etc/passwd}
 */
public record ImagePath(String path) implements Comparable<ImagePath> {
    /** The root directory. */
    public static final ImagePath ROOT = new ImagePath("/");

    public ImagePath {
        String problem = problem(path);
        if (problem != null) {
            throw new IllegalArgumentException(
                    "'" + printable(path) + "' is not a normal absolute path (" + problem + ")");
        }
    }

    /** The path, checked. */
    public static ImagePath of(String path) {
        return new ImagePath(path);
    }

    /** True when {@code path} is a normal absolute path. */
    public static boolean isValid(String path) {
        return problem(path) == null;
    }

    /** The child {@code name} (one or more components, relative) of this path. */
    public ImagePath resolve(String name) {
        return new ImagePath(path.equals("/") ? "/" + name : path + "/" + name);
    }

    /** The parent directory, or null for the root. */
    public ImagePath parent() {
        if (path.equals("/")) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return new ImagePath(slash == 0 ? "/" : path.substring(0, slash));
    }

    /** The last component ({@code passwd} of {@code /etc/passwd}); empty for the root. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The path as a tar entry name, without the leading slash ({@code etc/passwd}). */
    public String relative() {
        return path.substring(1);
    }

    @Override
    public int compareTo(ImagePath other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return path;
    }

    private static String problem(String path) {
        if (path == null || !path.startsWith("/")) {
            return "it must start with /";
        }
        if (path.equals("/")) {
            return null;
        }
        if (path.endsWith("/")) {
            return "it ends with /";
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return "it contains a control character";
            }
        }
        for (String component : path.substring(1).split("/", -1)) {
            if (component.isEmpty() || component.equals(".") || component.equals("..")) {
                return "empty, . or .. component";
            }
        }
        return null;
    }

    private static String printable(String path) {
        return String.valueOf(path).replace("\n", "\\n").replace("\r", "\\r");
    }
}
