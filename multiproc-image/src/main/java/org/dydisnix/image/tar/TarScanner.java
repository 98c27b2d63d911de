package org.dydisnix.image.tar;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.archivers.zip.ZipEncoding;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;

/**
 * Reads a tar stream in 64 KiB chunks and visits its entries with {@link SafeTarReader}'s checks;
 * contents nobody reads are skipped inside the buffer. Handles ustar, GNU long names and PAX
 * headers; throws {@link Unsupported} on sparse and multi-volume entries, which {@link
 * SafeTarReader} reads instead.
 */
public final class TarScanner {
    private static final int RECORD = 512;
    private static final int MAX_HEADER_DATA = 1 << 20;

    private static final ZipEncoding UTF8 = ZipEncodingHelper.getZipEncoding("UTF-8");

    /** A tar feature this scanner leaves to {@link SafeTarReader}. */
    public static final class Unsupported extends IOException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    private TarScanner(InputStream in) {
        this.in = in;
    }

    /**
     * Visits every entry of the tar stream {@code in}, then reads it to its end.
     *
     * @throws UnsafeEntryException on an entry that could escape the root
     * @throws Unsupported on a sparse or multi-volume entry
     * @throws IOException on a corrupt or truncated archive
     */
    public static void read(InputStream in, SafeTarReader.Visitor visitor) throws IOException {
        new TarScanner(in).entries(visitor);
    }

    private void entries(SafeTarReader.Visitor visitor) throws IOException {
        Map<String, String> global = new LinkedHashMap<>();
        Map<String, String> pax = null;
        String longName = null;
        String longLink = null;
        byte[] header;
        while ((header = header()) != null) {
            TarArchiveEntry entry = new TarArchiveEntry(header, UTF8, false);
            long size = entry.getSize();
            if (entry.isGNULongNameEntry()) {
                longName = cString(data(size));
                continue;
            }
            if (entry.isGNULongLinkEntry()) {
                longLink = cString(data(size));
                continue;
            }
            if (entry.isGlobalPaxHeader()) {
                global.putAll(pax(data(size)));
                continue;
            }
            if (entry.isPaxHeader()) {
                pax = pax(data(size));
                continue;
            }
            if (entry.isSparse()
                    || entry.isExtended()
                    || header[156] == 'M'
                    || header[156] == 'V') {
                throw new Unsupported("sparse or multi-volume entry " + entry.getName());
            }
            for (Map<String, String> headers : Arrays.asList(global, pax)) {
                if (headers != null) {
                    for (Map.Entry<String, String> h : headers.entrySet()) {
                        entry.addPaxHeader(h.getKey(), h.getValue());
                    }
                }
            }
            if (longName != null) {
                entry.setName(longName);
            }
            if (longLink != null) {
                entry.setLinkName(longLink);
            }
            pax = null;
            longName = null;
            longLink = null;
            visit(entry, visitor);
        }
        position = limit;
        while (fill()) {
            position = limit;
        }
    }

    private void visit(TarArchiveEntry entry, SafeTarReader.Visitor visitor) throws IOException {
        String name = TarPaths.normalize(entry.getName());
        if (entry.isSymbolicLink()) {
            TarPaths.checkSymlink(name, entry.getLinkName());
        } else if (entry.isLink()) {
            TarPaths.normalize(entry.getLinkName());
        }
        Content content = new Content(entry.getSize());
        visitor.entry(name, entry, content);
        skip(content.remaining + padding(entry.getSize()));
    }

    /** The next header record, or null at the end-of-archive record or the end of the stream. */
    private byte[] header() throws IOException {
        while (limit - position < RECORD) {
            if (!fill()) {
                if (limit == position) {
                    return null;
                }
                throw new EOFException("truncated tar header");
            }
        }
        byte[] header = Arrays.copyOfRange(buffer, position, position + RECORD);
        position += RECORD;
        boolean zero = true;
        for (byte b : header) {
            if (b != 0) {
                zero = false;
                break;
            }
        }
        if (zero) {
            return null;
        }
        if (!TarUtils.verifyCheckSum(header)) {
            throw new IOException("corrupt tar header: bad checksum");
        }
        return header;
    }

    /** Reads more bytes after those buffered; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (position == limit) {
            position = 0;
            limit = 0;
        } else if (limit == buffer.length) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (position == limit && !fill()) {
                throw new EOFException("truncated tar entry");
            }
            int n = (int) Math.min(left, limit - position);
            position += n;
            left -= n;
        }
    }

    private byte[] data(long size) throws IOException {
        if (size < 0 || size > MAX_HEADER_DATA) {
            throw new IOException("tar header data of " + size + " bytes");
        }
        byte[] data = new Content(size).readAllBytes();
        if (data.length != size) {
            throw new EOFException("truncated tar header data");
        }
        skip(padding(size));
        return data;
    }

    private static long padding(long size) {
        return (RECORD - size % RECORD) % RECORD;
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** PAX records: {@code <length> <key>=<value>\n}. */
    private static Map<String, String> pax(byte[] data) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int at = 0;
        while (at < data.length && data[at] != 0) {
            int space = at;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            int length;
            try {
                length =
                        Integer.parseInt(
                                new String(data, at, space - at, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new IOException("corrupt PAX header", e);
            }
            int end = at + length;
            if (length <= 0 || end > data.length || data[end - 1] != '\n' || space >= end) {
                throw new IOException("corrupt PAX header");
            }
            String record = new String(data, space + 1, end - space - 2, StandardCharsets.UTF_8);
            int equals = record.indexOf('=');
            if (equals <= 0) {
                throw new IOException("corrupt PAX header");
            }
            String key = record.substring(0, equals);
            if (key.startsWith("GNU.sparse")) {
                throw new Unsupported("PAX sparse entry");
            }
            headers.put(key, record.substring(equals + 1));
            at = end;
        }
        return headers;
    }

    /** The content of the current entry, read from the buffer. */
    private final class Content extends InputStream {
        private long remaining;

        Content(long size) {
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                throw new EOFException("truncated tar entry");
            }
            int n = (int) Math.min(Math.min(len, remaining), limit - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            remaining -= n;
            return n;
        }
    }
}
