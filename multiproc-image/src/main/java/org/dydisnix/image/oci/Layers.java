package org.dydisnix.image.oci;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.tar.ReproducibleTarWriter;
import org.dydisnix.image.tar.SafeTarReader;
import org.dydisnix.image.tar.TarEntry;
import org.dydisnix.image.tar.TarPaths;

/** Base layers: indexing a layer blob in one read, and a root file system directory as a layer. */
final class Layers {
    private Layers() {}

    /**
     * Reads a layer once: its digest, its diff id (the same digest when it is not compressed), and
     * its entries into the file system index.
     */
    static Blob index(Path file, BaseFileSystem fileSystem, long maxSize) throws IOException {
        MessageDigest raw = Digests.sha256();
        MessageDigest uncompressed = null;
        boolean gzip;
        try (InputStream rawIn =
                new BufferedInputStream(
                        new DigestInputStream(Files.newInputStream(file), raw), 65536)) {
            gzip = SafeTarReader.isGzip(rawIn);
            InputStream content = SafeTarReader.decompressed(rawIn);
            if (gzip) {
                uncompressed = Digests.sha256();
                content = new DigestInputStream(content, uncompressed);
            }
            InputStream tarIn =
                    new LimitedInputStream(
                            content,
                            maxSize,
                            () ->
                                    new Refused(
                                            "its layer "
                                                    + file.getFileName()
                                                    + " is larger than "
                                                    + maxSize
                                                    + " bytes uncompressed (--max-layer-size)"));
            SafeTarReader.read(tarIn, fileSystem::apply);
            rawIn.transferTo(OutputStream.nullOutputStream());
        }
        String digest = Digests.format(raw);
        return new Blob(
                gzip ? BaseImageReader.LAYER_TAR_GZIP : BaseImageReader.LAYER_TAR,
                digest,
                Files.size(file),
                file,
                uncompressed == null ? digest : Digests.format(uncompressed));
    }

    /** Writes {@code directory} as a reproducible gzip layer to {@code layer} and returns it. */
    static Path tarOf(Path directory, Path layer) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths =
                    walk.filter(p -> !p.equals(directory))
                            .sorted(
                                    (a, b) ->
                                            directory
                                                    .relativize(a)
                                                    .toString()
                                                    .compareTo(directory.relativize(b).toString()))
                            .toList();
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(layer), 65536);
                ReproducibleTarWriter tar =
                        new ReproducibleTarWriter(out, Instant.ofEpochSecond(1))) {
            for (Path path : paths) {
                String name = directory.relativize(path).toString().replace('\\', '/');
                Map<String, Object> attributes =
                        Files.readAttributes(path, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
                int mode = (Integer) attributes.get("mode") & 07777;
                long uid = ((Number) attributes.get("uid")).longValue();
                long gid = ((Number) attributes.get("gid")).longValue();
                if (Files.isSymbolicLink(path)) {
                    String target = Files.readSymbolicLink(path).toString();
                    TarPaths.checkSymlink(name, target);
                    tar.add(
                            new TarEntry(
                                    name,
                                    TarEntry.Type.SYMLINK,
                                    0777,
                                    uid,
                                    gid,
                                    new byte[0],
                                    target));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    tar.add(TarEntry.directory(name, mode, uid, gid));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    tar.addFile(name, path, mode, uid, gid);
                }
            }
            tar.finish();
        }
        return layer;
    }
}
