package org.dydisnix.image.oci;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The paths under a root file system directory, each stat-ed once (links not followed), named
 * relative to it and sorted by name.
 */
final class DirectoryWalk {
    static final int TYPE_MASK = 0170000;
    static final int SYMLINK = 0120000;
    static final int DIRECTORY = 0040000;
    static final int REGULAR = 0100000;

    private static final String ATTRIBUTES = "unix:mode,uid,gid,size,dev,ino";

    private DirectoryWalk() {}

    /** One path below the root: its relative name and what {@code lstat} said of it. */
    record Found(String name, Path path, int mode, long uid, long gid, long size) {
        int type() {
            return mode & TYPE_MASK;
        }
    }

    /** The device and inode of a file (a key to skip it by), or null for null. */
    static List<Object> fileKey(Path file) throws IOException {
        if (file == null) {
            return null;
        }
        Map<String, Object> key =
                Files.readAttributes(file, "unix:dev,ino", LinkOption.NOFOLLOW_LINKS);
        return List.of(key.get("dev"), key.get("ino"));
    }

    /** Every path below {@code root} but the one whose {@link #fileKey} is {@code skipped}. */
    static List<Found> sorted(Path root, List<Object> skipped) throws IOException {
        List<Found> found = new ArrayList<>();
        Deque<Found> directories = new ArrayDeque<>();
        directories.push(new Found("", root, DIRECTORY, 0, 0, 0));
        while (!directories.isEmpty()) {
            Found directory = directories.pop();
            String prefix = directory.name().isEmpty() ? "" : directory.name() + "/";
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory.path())) {
                for (Path path : entries) {
                    Map<String, Object> stat =
                            Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    if (skipped != null
                            && skipped.get(0).equals(stat.get("dev"))
                            && skipped.get(1).equals(stat.get("ino"))) {
                        continue;
                    }
                    Found entry =
                            new Found(
                                    prefix + path.getFileName(),
                                    path,
                                    (Integer) stat.get("mode"),
                                    ((Number) stat.get("uid")).longValue(),
                                    ((Number) stat.get("gid")).longValue(),
                                    ((Number) stat.get("size")).longValue());
                    found.add(entry);
                    if (entry.type() == DIRECTORY) {
                        directories.push(entry);
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Found::name));
        return found;
    }
}
