package org.dydisnix.image.oci;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.dydisnix.image.tar.SafeTarReader;
import org.dydisnix.image.tar.TarPaths;
import org.dydisnix.image.tar.UnsafeEntryException;

/**
 * An image archive (OCI layout or docker archive as a tarball, plain or gzip) extracted lazily:
 * first its small entries, then only the entries the manifest references.
 */
final class ImageArchive {
    /** The largest image-archive entry extracted before the manifest says it is needed. */
    static final long METADATA_ENTRY_LIMIT = 4L << 20;

    /** The most bytes of such entries extracted from one archive. */
    static final long METADATA_TOTAL_LIMIT = 64L << 20;

    private final Path archive;
    private final Path root;
    private final long maxLayerSize;
    private final Map<String, String> links = new HashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();

    ImageArchive(Path archive, Path root, long maxLayerSize) {
        this.archive = archive;
        this.root = root;
        this.maxLayerSize = maxLayerSize;
    }

    /** The directory the entries are extracted into. */
    Path root() {
        return root;
    }

    /**
     * The top-level names in the archive; refused when it has none. An uncompressed archive is
     * scanned header by header, seeking over the contents, so a base tarball is read only once.
     */
    static Set<String> names(Path archive) throws IOException {
        Set<String> names = new TreeSet<>();
        boolean compressed;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive), 16)) {
            compressed = SafeTarReader.isGzip(in) || SafeTarReader.isZstd(in);
        }
        if (compressed) {
            try (InputStream in =
                    SafeTarReader.decompressed(
                            new BufferedInputStream(Files.newInputStream(archive), 65536))) {
                SafeTarReader.read(in, (name, entry, content) -> addTopLevel(names, name));
            }
        } else {
            try (TarFile tar = new TarFile(archive)) {
                for (TarArchiveEntry entry : tar.getEntries()) {
                    addTopLevel(names, TarPaths.normalize(entry.getName()));
                }
            }
        }
        if (names.isEmpty()) {
            throw new Refused("it is neither a tar archive with entries nor a directory");
        }
        return names;
    }

    private static void addTopLevel(Set<String> names, String name) {
        int slash = name.indexOf('/');
        names.add(slash < 0 ? name : name.substring(0, slash));
    }

    /**
     * Extracts the small entries of an image archive (index, manifests, configs) into the work
     * directory and remembers its links and sizes; {@link #fetch} extracts the layers it needs.
     * Returns the directory.
     */
    Path extractMetadata() throws IOException {
        Files.createDirectories(root);
        long[] total = {0};
        try (InputStream in =
                SafeTarReader.decompressed(
                        new BufferedInputStream(Files.newInputStream(archive), 65536))) {
            SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        if (name.isEmpty()) {
                            return;
                        }
                        if (entry.isSymbolicLink()) {
                            links.put(name, TarPaths.resolveLink(name, entry.getLinkName()));
                        } else if (entry.isLink()) {
                            links.put(name, TarPaths.normalize(entry.getLinkName()));
                        } else if (entry.isFile()) {
                            sizes.put(name, entry.getSize());
                            if (entry.getSize() <= METADATA_ENTRY_LIMIT) {
                                total[0] += entry.getSize();
                                if (total[0] > METADATA_TOTAL_LIMIT) {
                                    throw new Refused(
                                            "it has more than "
                                                    + (METADATA_TOTAL_LIMIT >> 20)
                                                    + " MiB of small files besides its layers");
                                }
                                copy(root, name, content);
                            }
                        }
                    });
        }
        for (Map.Entry<String, String> link : links.entrySet()) {
            Path source = root.resolve(link.getValue());
            if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                Path target = root.resolve(link.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return root;
    }

    /**
     * Extracts the named archive entries (following links) that the first pass left out; refuses
     * any larger than the layer limit.
     */
    void fetch(List<String> names) throws IOException {
        Map<String, List<String>> wanted = new HashMap<>();
        for (String name : names) {
            String target = name;
            for (int hops = 0; links.containsKey(target) && hops < 40; hops++) {
                target = links.get(target);
            }
            Long size = sizes.get(target);
            if (size == null
                    || Files.isRegularFile(root.resolve(target), LinkOption.NOFOLLOW_LINKS)) {
                if (!target.equals(name) && size != null) {
                    wanted.computeIfAbsent(target, k -> new ArrayList<>()).add(name);
                }
                continue;
            }
            if (size > maxLayerSize) {
                throw new Refused(
                        "its entry "
                                + name
                                + " has "
                                + size
                                + " bytes, more than the layer size limit of "
                                + maxLayerSize);
            }
            wanted.computeIfAbsent(target, k -> new ArrayList<>()).add(name);
        }
        if (wanted.isEmpty()) {
            return;
        }
        try (InputStream in =
                SafeTarReader.decompressed(
                        new BufferedInputStream(Files.newInputStream(archive), 65536))) {
            SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        if (entry.isFile()
                                && wanted.containsKey(name)
                                && !Files.isRegularFile(
                                        root.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                            copy(root, name, content);
                        }
                    });
        }
        for (Map.Entry<String, List<String>> e : wanted.entrySet()) {
            for (String alias : e.getValue()) {
                if (!alias.equals(e.getKey())) {
                    Path target = root.resolve(alias);
                    Files.createDirectories(target.getParent());
                    Files.copy(
                            root.resolve(e.getKey()),
                            target,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copy(Path root, String name, InputStream content) throws IOException {
        Path target = root.resolve(name);
        Files.createDirectories(target.getParent());
        if (Files.isSymbolicLink(target.getParent()) || Files.isSymbolicLink(target)) {
            throw new UnsafeEntryException("entry '" + name + "' is written through a link");
        }
        Files.copy(content, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
