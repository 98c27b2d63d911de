package org.dydisnix.image.layer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.image.tar.ReproducibleTarWriter;
import org.dydisnix.image.tar.TarEntry;

/**
 * Writes a {@link FileTree} as an uncompressed layer over a base: each path is moved to where it
 * really lands after the base's directory links ({@code /var/run/x} is {@code run/x} when {@code
 * /var/run} links to {@code ../run}), directories the base already has are left alone, and missing
 * parents are added as root-owned 0755 directories.
 */
public final class LayerWriter {
    private LayerWriter() {}

    /** The entries of the layer, sorted by name. */
    public static List<TarEntry> entries(FileTree tree, BaseFileSystem base) {
        SortedMap<String, TarEntry> out = new TreeMap<>();
        tree.entries()
                .forEach(
                        (name, entry) -> {
                            String landed = base.resolveParent(name);
                            if (entry.type() == TarEntry.Type.DIRECTORY && base.exists(landed)) {
                                return;
                            }
                            TarEntry moved =
                                    new TarEntry(
                                            landed,
                                            entry.type(),
                                            entry.mode(),
                                            entry.uid(),
                                            entry.gid(),
                                            entry.content(),
                                            entry.linkTarget());
                            out.put(landed, moved);
                        });
        List<String> names = new ArrayList<>(out.keySet());
        for (String name : names) {
            int slash = name.lastIndexOf('/');
            while (slash > 0) {
                String parent = name.substring(0, slash);
                if (!out.containsKey(parent) && base.node(parent) == null) {
                    out.put(parent, TarEntry.directory(parent, 0755, 0, 0));
                }
                slash = parent.lastIndexOf('/');
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The uncompressed layer tar. */
    public static byte[] write(FileTree tree, BaseFileSystem base, Instant mtime)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReproducibleTarWriter.write(bytes, mtime, entries(tree, base));
        return bytes.toByteArray();
    }
}
