package org.dydisnix.image.tar;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipEncoding;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;
import org.dydisnix.io.CountingOutput;

/**
 * Writes tar archives whose bytes depend only on the entries: entries sorted by name, one fixed
 * modification time, numeric owners without user or group names, POSIX (PAX) headers for long
 * names.
 */
public final class ReproducibleTarWriter implements AutoCloseable {
    private static final int BUFFER = 1 << 16;
    private static final int RECORD = TarHeader.RECORD;
    private static final byte[] NO_BYTES = new byte[0];
    private static final byte[] ZEROS = new byte[RECORD];
    private static final ZipEncoding UTF8 = ZipEncodingHelper.getZipEncoding("UTF-8");

    private final CountingOutput counting;
    private final BufferedOutputStream buffered;
    private final TarArchiveOutputStream tar;
    private final FileTime mtime;
    private final long seconds;
    private final byte[] record = new byte[RECORD];
    private byte[] copyBuffer;
    private CountingOutput unnamed = new CountingOutput(OutputStream.nullOutputStream());

    /** Starts an archive on {@code out}; every entry gets {@code mtime} (whole seconds). */
    public ReproducibleTarWriter(OutputStream out, Instant mtime) {
        this.counting = new CountingOutput(out);
        this.buffered = new BufferedOutputStream(counting, BUFFER);
        this.tar = new TarArchiveOutputStream(buffered, StandardCharsets.UTF_8.name());
        this.tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        this.tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        this.tar.setAddPaxHeadersForNonAsciiNames(true);
        this.mtime = FileTime.from(Instant.ofEpochSecond(mtime.getEpochSecond()));
        this.seconds = mtime.getEpochSecond();
    }

    /** Writes all entries sorted by name. */
    public static void write(OutputStream out, Instant mtime, List<TarEntry> entries)
            throws IOException {
        List<TarEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(TarEntry::name));
        ReproducibleTarWriter writer = new ReproducibleTarWriter(out, mtime);
        for (TarEntry entry : sorted) {
            writer.add(entry);
        }
        writer.finish();
    }

    /** Appends one entry (callers keep names sorted). */
    public void add(TarEntry entry) throws IOException {
        byte[] content = entry.type() == TarEntry.Type.FILE ? entry.content() : NO_BYTES;
        String name = entry.type() == TarEntry.Type.DIRECTORY ? entry.name() + "/" : entry.name();
        if (TarHeader.plain(
                name, entry.linkTarget(), content.length, entry.uid(), entry.gid(), seconds)) {
            writeHeader(
                    name,
                    entry.type(),
                    entry.mode(),
                    entry.uid(),
                    entry.gid(),
                    content.length,
                    entry.linkTarget());
            buffered.write(content);
            pad(content.length);
            return;
        }
        TarArchiveEntry header =
                header(entry.name(), entry.type(), entry.mode(), entry.uid(), entry.gid());
        if (entry.type() == TarEntry.Type.SYMLINK) {
            header.setLinkName(entry.linkTarget());
        }
        header.setSize(content.length);
        tar.putArchiveEntry(header);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private void writeHeader(
            String name, TarEntry.Type type, int mode, long uid, long gid, long size, String link)
            throws IOException {
        byte flag =
                switch (type) {
                    case DIRECTORY -> TarConstants.LF_DIR;
                    case SYMLINK -> TarConstants.LF_SYMLINK;
                    case FILE -> TarConstants.LF_NORMAL;
                };
        TarHeader.write(
                record, name, flag, typeBits(type) | (mode & 07777), uid, gid, size, seconds, link);
        buffered.write(record);
    }

    private void pad(long size) throws IOException {
        buffered.write(ZEROS, 0, (int) ((RECORD - size % RECORD) % RECORD));
    }

    private static int typeBits(TarEntry.Type type) {
        return switch (type) {
            case DIRECTORY -> 040000;
            case SYMLINK -> 0120000;
            case FILE -> 0100000;
        };
    }

    /** Appends a regular file whose bytes are copied from {@code source}. */
    public void addFile(String name, Path source, int mode) throws IOException {
        addFile(name, source, mode, 0, 0);
    }

    /** Appends a regular file whose bytes are copied from {@code source}, with the given owner. */
    public void addFile(String name, Path source, int mode, long uid, long gid) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            addFile(name, Files.size(source), in, mode, uid, gid);
        }
    }

    /** Appends a regular file with the given bytes, owned by root. */
    public void addFile(String name, byte[] content, int mode) throws IOException {
        add(TarEntry.file(name, content, mode, 0, 0));
    }

    private TarArchiveEntry header(String name, TarEntry.Type type, int mode, long uid, long gid) {
        TarArchiveEntry header =
                switch (type) {
                    case DIRECTORY -> new TarArchiveEntry(name + "/", TarConstants.LF_DIR, true);
                    case SYMLINK -> new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
                    case FILE -> new TarArchiveEntry(name, TarConstants.LF_NORMAL, true);
                };
        header.setMode(typeBits(type) | (mode & 07777));
        header.setLastModifiedTime(mtime);
        header.setUserId(uid);
        header.setGroupId(gid);
        header.setUserName("");
        header.setGroupName("");
        return header;
    }

    /**
     * Appends a regular file of {@code size} bytes read from {@code content}; refuses a source that
     * has fewer.
     */
    public void addFile(String name, long size, InputStream content, int mode, long uid, long gid)
            throws IOException {
        boolean plain = TarHeader.plain(name, null, size, uid, gid, seconds);
        OutputStream out = plain ? buffered : tar;
        if (plain) {
            writeHeader(name, TarEntry.Type.FILE, mode, uid, gid, size, null);
        } else {
            TarArchiveEntry header = header(name, TarEntry.Type.FILE, mode, uid, gid);
            header.setSize(size);
            tar.putArchiveEntry(header);
        }
        if (copyBuffer == null) {
            copyBuffer = new byte[BUFFER];
        }
        long left = size;
        while (left > 0) {
            int n = content.read(copyBuffer, 0, (int) Math.min(copyBuffer.length, left));
            if (n < 0) {
                throw new IOException(name + " changed while it was read");
            }
            out.write(copyBuffer, 0, n);
            left -= n;
        }
        if (plain) {
            pad(size);
        } else {
            tar.closeArchiveEntry();
        }
    }

    /**
     * Starts a regular file whose name and size are known only after its bytes: writes a blank
     * header record and returns where it starts in the output; the bytes then go to {@link
     * #unnamedContent()} and {@link #endUnnamedFile} makes the header record to write over it.
     */
    public long startUnnamedFile() throws IOException {
        buffered.flush();
        long offset = counting.count();
        buffered.write(new byte[RECORD]);
        unnamed =
                new CountingOutput(buffered) {
                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        return offset;
    }

    /** The stream for the bytes of the file started last; closing it leaves the archive open. */
    public OutputStream unnamedContent() {
        return unnamed;
    }

    /**
     * Ends the file started last: pads its last record, flushes, and returns its header record,
     * owned by root, the same as {@link #addFile(String, long, InputStream, int, long, long)} would
     * write for a name under 100 ASCII characters.
     */
    public byte[] endUnnamedFile(String name, int mode) throws IOException {
        if (!TarHeader.fits(name, 100)) {
            throw new IOException("not a plain tar name: " + name);
        }
        long unnamedSize = unnamed.count();
        pad(unnamedSize);
        buffered.flush();
        byte[] header = new byte[RECORD];
        if (TarHeader.plain(name, null, unnamedSize, 0, 0, seconds)) {
            TarHeader.write(
                    header,
                    name,
                    TarConstants.LF_NORMAL,
                    0100000 | (mode & 07777),
                    0,
                    0,
                    unnamedSize,
                    seconds,
                    null);
        } else {
            TarArchiveEntry entry = header(name, TarEntry.Type.FILE, mode, 0, 0);
            entry.setSize(unnamedSize);
            entry.writeEntryHeader(header, UTF8, true);
        }
        return header;
    }

    /** The size of the file started last, so far. */
    public long unnamedSize() {
        return unnamed.count();
    }

    /** Writes the end-of-archive records and flushes, without closing the underlying stream. */
    public void finish() throws IOException {
        tar.finish();
        buffered.flush();
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }
}
