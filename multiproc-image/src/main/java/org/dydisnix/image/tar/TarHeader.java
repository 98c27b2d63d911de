package org.dydisnix.image.tar;

/**
 * A POSIX ustar header record written directly, for the entries that need no PAX header: the same
 * bytes as commons-compress writes for them (octal fields with a trailing space, no user or group
 * name, checksum as six digits, NUL and space), without its per-entry objects and encoders.
 */
final class TarHeader {
    static final int RECORD = 512;

    /** The largest value of an 11-digit octal field (size, time). */
    static final long MAX_OCTAL_11 = 077777777777L;

    /** The largest value of a 7-digit octal field (owner ids). */
    static final long MAX_OCTAL_7 = 07777777L;

    private static final byte[] MAGIC = {'u', 's', 't', 'a', 'r', 0, '0', '0'};

    private TarHeader() {}

    /** True when {@code text} fits a field of {@code length} bytes as ASCII. */
    static boolean fits(String text, int length) {
        if (text.length() >= length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80 || text.charAt(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /** True when an entry with these fields needs no PAX header. */
    static boolean plain(String name, String linkName, long size, long uid, long gid, long mtime) {
        return fits(name, 100)
                && (linkName == null || fits(linkName, 100))
                && size >= 0
                && size <= MAX_OCTAL_11
                && uid >= 0
                && uid <= MAX_OCTAL_7
                && gid >= 0
                && gid <= MAX_OCTAL_7
                && mtime >= 0
                && mtime <= MAX_OCTAL_11;
    }

    /**
     * Fills {@code record} (512 bytes) with the header of an entry that is {@link #plain}; {@code
     * mode} holds the file type bits too.
     */
    static void write(
            byte[] record,
            String name,
            byte type,
            int mode,
            long uid,
            long gid,
            long size,
            long mtime,
            String linkName) {
        java.util.Arrays.fill(record, (byte) 0);
        ascii(name, record, 0);
        octal(mode, record, 100, 8);
        octal(uid, record, 108, 8);
        octal(gid, record, 116, 8);
        octal(size, record, 124, 12);
        octal(mtime, record, 136, 12);
        java.util.Arrays.fill(record, 148, 156, (byte) ' ');
        record[156] = type;
        if (linkName != null) {
            ascii(linkName, record, 157);
        }
        System.arraycopy(MAGIC, 0, record, 257, MAGIC.length);
        octal(0, record, 329, 8);
        octal(0, record, 337, 8);
        long sum = 0;
        for (byte b : record) {
            sum += b & 0xff;
        }
        digits(sum, record, 148, 6);
        record[154] = 0;
        record[155] = ' ';
    }

    private static void ascii(String text, byte[] record, int offset) {
        for (int i = 0; i < text.length(); i++) {
            record[offset + i] = (byte) text.charAt(i);
        }
    }

    /** {@code length - 1} octal digits and a space. */
    private static void octal(long value, byte[] record, int offset, int length) {
        digits(value, record, offset, length - 1);
        record[offset + length - 1] = ' ';
    }

    private static void digits(long value, byte[] record, int offset, int count) {
        long rest = value;
        for (int i = offset + count - 1; i >= offset; i--) {
            record[i] = (byte) ('0' + (rest & 7));
            rest >>>= 3;
        }
    }
}
