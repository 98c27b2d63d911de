package org.dydisnix.image.oci;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.tar.SafeTarReader;
import org.dydisnix.image.tar.TarScanner;

/** Base layers: indexing a layer blob in one read. */
final class Layers {
    /**
     * First entries of image archives (OCI layout, docker save), which are then read the archive
     * way without first being hashed as a root file system.
     */
    private static final Pattern ARCHIVE_FIRST =
            Pattern.compile(
                    "blobs|oci-layout|index\\.json|manifest\\.json|repositories|[0-9a-f]{64}(\\.json)?");

    private Layers() {}

    /** A root file system tarball read once: its top-level names, its index and its blob. */
    record Scanned(Set<String> names, BaseFileSystem fileSystem, Blob blob) {}

    /**
     * Reads a layer once: its digest, its diff id (the same digest when it is not compressed), and
     * its entries into the file system index.
     */
    static Blob index(Path file, BaseFileSystem fileSystem, long maxSize) throws IOException {
        try {
            return scan(file, fileSystem::apply, maxSize);
        } catch (TarScanner.Unsupported e) {
            return indexWithSafeTarReader(file, fileSystem, maxSize);
        }
    }

    /**
     * Reads a base tarball once as a root file system, also collecting its top-level names (which
     * tell an image archive); null when it is no plain or gzip tarball within the limit or uses a
     * tar feature the scanner leaves to {@link SafeTarReader}: the caller then reads it the slow
     * way, which also reports what is wrong with it.
     */
    static Scanned scanRootfs(Path file, long maxSize) {
        Set<String> names = new TreeSet<>();
        BaseFileSystem fileSystem = new BaseFileSystem();
        try {
            Blob blob =
                    scan(
                            file,
                            (name, entry, content) -> {
                                int slash = name.indexOf('/');
                                String top = slash < 0 ? name : name.substring(0, slash);
                                if ((names.isEmpty() || names.equals(Set.of("")))
                                        && ARCHIVE_FIRST.matcher(top).matches()) {
                                    throw new IOException("an image archive, it seems");
                                }
                                names.add(top);
                                fileSystem.apply(name, entry, content);
                            },
                            maxSize);
            return names.isEmpty() ? null : new Scanned(names, fileSystem, blob);
        } catch (IOException e) {
            return null;
        }
    }

    private static Blob scan(Path file, SafeTarReader.Visitor visitor, long maxSize)
            throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        boolean gzip = magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        if (magic.length == 4
                && (magic[0] & 0xff) == 0x28
                && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f
                && (magic[3] & 0xff) == 0xfd) {
            throw new IOException("zstd-compressed layers are not supported");
        }
        SlicedDigest raw = new SlicedDigest();
        SlicedDigest uncompressed = gzip ? new SlicedDigest() : raw;
        try (InputStream fileIn = Files.newInputStream(file)) {
            InputStream rawIn = raw.reading(fileIn);
            InputStream content =
                    gzip ? uncompressed.reading(new GZIPInputStream(rawIn, 1 << 16)) : rawIn;
            TarScanner.read(limited(content, file, maxSize), visitor);
            rawIn.transferTo(OutputStream.nullOutputStream());
        }
        String digest = raw.finish();
        return blob(file, gzip, digest, gzip ? uncompressed.finish() : digest);
    }

    private static Blob indexWithSafeTarReader(Path file, BaseFileSystem fileSystem, long maxSize)
            throws IOException {
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
            SafeTarReader.read(limited(content, file, maxSize), fileSystem::apply);
            rawIn.transferTo(OutputStream.nullOutputStream());
        }
        String digest = Digests.format(raw);
        return blob(
                file, gzip, digest, uncompressed == null ? digest : Digests.format(uncompressed));
    }

    private static InputStream limited(InputStream content, Path file, long maxSize) {
        return new LimitedInputStream(
                content,
                maxSize,
                () ->
                        new Refused(
                                "its layer "
                                        + file.getFileName()
                                        + " is larger than "
                                        + maxSize
                                        + " bytes uncompressed (--max-layer-size)"));
    }

    private static Blob blob(Path file, boolean gzip, String digest, String diffId)
            throws IOException {
        return new Blob(
                gzip ? BaseImageReader.LAYER_TAR_GZIP : BaseImageReader.LAYER_TAR,
                digest,
                Files.size(file),
                file,
                diffId);
    }
}
