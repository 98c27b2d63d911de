package org.dydisnix.image.layer;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.image.tar.TarEntry;

/**
 * The files an image adds on top of its base, by absolute path. Adding a path twice replaces the
 * first entry. Directories are only created where the base has nothing yet.
 */
public final class FileTree {
    private final SortedMap<String, TarEntry> entries = new TreeMap<>();

    /** Adds a text file owned by root. */
    public FileTree file(String path, String content, int mode) {
        return file(path, content.getBytes(StandardCharsets.UTF_8), mode, 0, 0);
    }

    /** Adds a file with the given owner. */
    public FileTree file(String path, byte[] content, int mode, long uid, long gid) {
        String name = name(path);
        entries.put(name, TarEntry.file(name, content, mode, uid, gid));
        return this;
    }

    /** Adds a file with the given owner. */
    public FileTree file(ImagePath path, byte[] content, int mode, long uid, long gid) {
        return file(path.path(), content, mode, uid, gid);
    }

    /** Adds a directory with the given owner (kept only where the base has no such path). */
    public FileTree directory(ImagePath path, int mode, long uid, long gid) {
        return directory(path.path(), mode, uid, gid);
    }

    /** Adds a directory (kept only where the base has no such path). */
    public FileTree directory(String path, int mode, long uid, long gid) {
        String name = name(path);
        entries.put(name, TarEntry.directory(name, mode, uid, gid));
        return this;
    }

    /** Adds a symbolic link. */
    public FileTree symlink(String path, String target) {
        String name = name(path);
        entries.put(name, TarEntry.symlink(name, target));
        return this;
    }

    /** True when the tree has an entry at this path. */
    public boolean contains(String path) {
        return entries.containsKey(name(path));
    }

    /** The entry at this path, or null. */
    public TarEntry get(String path) {
        return entries.get(name(path));
    }

    /** The entries by relative name ({@code etc/passwd}). */
    public SortedMap<String, TarEntry> entries() {
        return Collections.unmodifiableSortedMap(entries);
    }

    private static String name(String path) {
        return ImagePath.of(path).relative();
    }
}
