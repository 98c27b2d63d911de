package org.dydisnix.image.oci;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * A SHA-256 digest fed in whole 1 KiB slices. The JIT counts calls, not bytes: many calls soon
 * compile the digest with the CPU's SHA-256 instructions, where a few large ones leave it
 * interpreted; and slices that are whole blocks never take the digest's partial-block path, whose
 * first use would throw the compiled code away.
 */
final class SlicedDigest {
    private static final int SLICE = 1024;

    private final MessageDigest digest = Digests.sha256();
    private final byte[] carry = new byte[SLICE];
    private int carried;

    /** Adds bytes. */
    void update(byte[] bytes, int offset, int length) {
        int at = offset;
        int left = length;
        if (carried > 0) {
            int n = Math.min(left, SLICE - carried);
            System.arraycopy(bytes, at, carry, carried, n);
            carried += n;
            at += n;
            left -= n;
            if (carried < SLICE) {
                return;
            }
            digest.update(carry, 0, SLICE);
            carried = 0;
        }
        int whole = left - left % SLICE;
        for (int end = at + whole; at < end; at += SLICE) {
            digest.update(bytes, at, SLICE);
        }
        System.arraycopy(bytes, at, carry, 0, left - whole);
        carried = left - whole;
    }

    /** {@code sha256:<hex>} of every byte added. */
    String finish() {
        digest.update(carry, 0, carried);
        carried = 0;
        return Digests.format(digest);
    }

    /** A stream that adds what it reads to this digest. */
    InputStream reading(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) {
                    update(b, off, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                return n <= 0 ? 0 : Math.max(read(new byte[(int) Math.min(n, 8192)]), 0);
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    /** A stream that adds what is written through it to this digest. */
    OutputStream writing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                update(b, off, len);
            }
        };
    }
}
