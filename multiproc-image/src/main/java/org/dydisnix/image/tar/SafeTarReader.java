package org.dydisnix.image.tar;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads a tar archive entry by entry, refusing entries that could escape the root they describe:
 * absolute names, {@code ..} components, symbolic links whose relative target climbs above the root
 * and hard links to such names.
 */
public final class SafeTarReader {

    /**
     * Receives each entry with its normalised name; {@code content} is valid only during the call.
     */
    @FunctionalInterface
    public interface Visitor {
        void entry(String name, TarArchiveEntry entry, InputStream content) throws IOException;
    }

    private SafeTarReader() {}

    /** True when the stream (marked and reset) starts with the gzip magic number. */
    public static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    /** True when the stream (marked and reset) starts with the zstd magic number. */
    public static boolean isZstd(InputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4
                && (magic[0] & 0xff) == 0x28
                && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f
                && (magic[3] & 0xff) == 0xfd;
    }

    /** The stream, gunzipped when it is gzip-compressed. */
    public static InputStream decompressed(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 65536);
        if (isZstd(in)) {
            throw new IOException("zstd-compressed layers are not supported");
        }
        return isGzip(in) ? new BufferedInputStream(new GZIPInputStream(in, 65536), 65536) : in;
    }

    /**
     * Visits every entry of an (uncompressed) tar stream and then reads the stream to its end.
     *
     * @throws UnsafeEntryException on an entry that could escape the root
     * @throws IOException on a corrupt or truncated archive
     */
    public static void read(InputStream tarStream, Visitor visitor) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(tarStream, "UTF-8");
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            String name = TarPaths.normalize(entry.getName());
            if (entry.isSymbolicLink()) {
                TarPaths.checkSymlink(name, entry.getLinkName());
            } else if (entry.isLink()) {
                TarPaths.normalize(entry.getLinkName());
            }
            visitor.entry(name, entry, tar);
        }
        tarStream.transferTo(java.io.OutputStream.nullOutputStream());
    }
}
