package org.dydisnix.image.layer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.dydisnix.image.tar.TarPaths;

/**
 * What the base image's layers, applied in order, leave in the root file system: each path's kind,
 * mode and link target (whiteouts honoured), plus the text of the account files.
 */
public final class BaseFileSystem {
    /** The files whose content is kept because the image merges into them. */
    public static final Set<String> KEPT =
            Set.of("etc/passwd", "etc/group", "etc/shadow", "etc/gshadow");

    private static final int MAX_LINKS = 40;

    /** The kind of a path in the base. */
    public enum Kind {
        FILE,
        DIRECTORY,
        SYMLINK,
        OTHER
    }

    /** One path of the base. */
    public record Node(Kind kind, int mode, String linkTarget) {}

    private final NavigableMap<String, Node> nodes = new TreeMap<>();
    private final Map<String, String> kept = new HashMap<>();

    /** An empty root file system. */
    public BaseFileSystem() {
        nodes.put("", new Node(Kind.DIRECTORY, 0755, null));
    }

    /**
     * Applies one path of a layer (normalised name), in layer order, given as what it is: a kept
     * file's text is read from {@code content}.
     */
    public void apply(String name, Node node, InputStream content) throws IOException {
        if (whiteout(name) || name.isEmpty()) {
            return;
        }
        put(
                name,
                node,
                node.kind() == Kind.FILE && KEPT.contains(name)
                        ? new String(content.readAllBytes(), StandardCharsets.UTF_8)
                        : null);
    }

    /** Applies a whiteout entry; false when the name is none. */
    private boolean whiteout(String name) {
        int slash = name.lastIndexOf('/');
        String base = slash < 0 ? name : name.substring(slash + 1);
        String dir = slash < 0 ? "" : name.substring(0, slash);
        if (base.equals(".wh..wh..opq")) {
            removeChildren(dir);
            return true;
        }
        if (base.startsWith(".wh.")) {
            String target = (dir.isEmpty() ? "" : dir + "/") + base.substring(4);
            nodes.remove(target);
            kept.remove(target);
            removeChildren(target);
            return true;
        }
        return false;
    }

    /** Applies one entry of a layer (normalised name), in layer order. */
    public void apply(String name, TarArchiveEntry entry, InputStream content) throws IOException {
        if (whiteout(name) || name.isEmpty()) {
            return;
        }
        Node node;
        String text = null;
        if (entry.isDirectory()) {
            node = new Node(Kind.DIRECTORY, entry.getMode() & 07777, null);
        } else if (entry.isSymbolicLink()) {
            node = new Node(Kind.SYMLINK, 0777, entry.getLinkName());
        } else if (entry.isLink()) {
            String target = TarPaths.normalize(entry.getLinkName());
            Node linked = nodes.get(target);
            node = linked != null ? linked : new Node(Kind.FILE, entry.getMode() & 07777, null);
            text = KEPT.contains(name) ? kept.get(target) : null;
        } else if (entry.isFile()) {
            node = new Node(Kind.FILE, entry.getMode() & 07777, null);
            if (KEPT.contains(name)) {
                text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            node = new Node(Kind.OTHER, entry.getMode() & 07777, null);
        }
        put(name, node, text);
    }

    private void put(String name, Node node, String text) {
        Node previous = nodes.get(name);
        if (previous != null
                && previous.kind() == Kind.DIRECTORY
                && node.kind() != Kind.DIRECTORY) {
            removeChildren(name);
        }
        if (text != null) {
            kept.put(name, text);
        } else {
            kept.remove(name);
        }
        nodes.put(name, node);
    }

    private void removeChildren(String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        nodes.subMap(prefix, true, prefix + Character.MAX_VALUE, true)
                .keySet()
                .removeIf(key -> !key.equals(dir) && !key.isEmpty());
        kept.keySet().removeIf(key -> key.startsWith(prefix) && !key.equals(dir));
    }

    /** The node at exactly this normalised path (links not followed), or null. */
    public Node node(String path) {
        return nodes.get(strip(path));
    }

    /** The text of a kept file (see {@link #KEPT}) after following links, or null when absent. */
    public String text(String path) {
        String resolved = resolve(path);
        return resolved == null ? null : kept.get(resolved);
    }

    /** True when the path, with all links followed, exists. */
    public boolean exists(String path) {
        return resolve(path) != null;
    }

    /** True when the path, with all links followed, is a directory. */
    public boolean isDirectory(String path) {
        String resolved = resolve(path);
        return resolved != null && nodes.get(resolved).kind() == Kind.DIRECTORY;
    }

    /**
     * The path with every symbolic link followed (normalised, no leading slash), or null if it does
     * not exist.
     */
    public String resolve(String path) {
        return resolve(strip(path), true, new int[1]);
    }

    /**
     * The path with every link in its directories followed but the last component kept (where a
     * file written at {@code path} really lands); missing directories are kept as written.
     */
    public String resolveParent(String path) {
        String resolved = resolve(strip(path), false, new int[1]);
        return resolved == null ? strip(path) : resolved;
    }

    private String resolve(String path, boolean followLast, int[] hops) {
        if (path.isEmpty()) {
            return "";
        }
        String[] parts = path.split("/");
        String current = "";
        for (int i = 0; i < parts.length; i++) {
            String next = current.isEmpty() ? parts[i] : current + "/" + parts[i];
            boolean last = i == parts.length - 1;
            Node node = nodes.get(next);
            if (node == null) {
                if (followLast) {
                    return null;
                }
                current = next;
                continue;
            }
            if (node.kind() == Kind.SYMLINK && (!last || followLast)) {
                if (++hops[0] > MAX_LINKS) {
                    return null;
                }
                String target = resolve(TarPaths.resolveLink(next, node.linkTarget()), true, hops);
                if (target == null) {
                    if (followLast) {
                        return null;
                    }
                    current = TarPaths.resolveLink(next, node.linkTarget());
                    continue;
                }
                current = target;
            } else {
                current = next;
            }
        }
        return current;
    }

    private static String strip(String path) {
        String normal = path;
        while (normal.startsWith("/")) {
            normal = normal.substring(1);
        }
        while (normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal;
    }
}
