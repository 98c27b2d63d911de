package org.dydisnix.image.oci;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.tar.SafeTarReader;

/** Base layers: indexing a layer blob in one read. */
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
}
