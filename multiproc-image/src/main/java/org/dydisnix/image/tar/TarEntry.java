package org.dydisnix.image.tar;

import java.util.Arrays;

/**
 * One entry of a layer to write: a regular file with its bytes, a directory or a symbolic link,
 * with numeric ownership and permission bits. Names are relative ({@code etc/passwd}), without a
 * trailing slash.
 */
public record TarEntry(
        String name, Type type, int mode, long uid, long gid, byte[] content, String linkTarget) {

    /** What kind of file system object the entry is. */
    public enum Type {
        FILE,
        DIRECTORY,
        SYMLINK
    }

    /** A regular file. */
    public static TarEntry file(String name, byte[] content, int mode, long uid, long gid) {
        return new TarEntry(name, Type.FILE, mode, uid, gid, content.clone(), null);
    }

    /** A directory. */
    public static TarEntry directory(String name, int mode, long uid, long gid) {
        return new TarEntry(name, Type.DIRECTORY, mode, uid, gid, new byte[0], null);
    }

    /** A symbolic link owned by root. */
    public static TarEntry symlink(String name, String target) {
        return new TarEntry(name, Type.SYMLINK, 0777, 0, 0, new byte[0], target);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TarEntry that
                && name.equals(that.name)
                && type == that.type
                && mode == that.mode
                && uid == that.uid
                && gid == that.gid
                && Arrays.equals(content, that.content)
                && java.util.Objects.equals(linkTarget, that.linkTarget);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return type
                + " "
                + name
                + " "
                + Integer.toOctalString(mode)
                + " "
                + uid
                + ":"
                + gid
                + (linkTarget == null ? "" : " -> " + linkTarget);
    }
}
