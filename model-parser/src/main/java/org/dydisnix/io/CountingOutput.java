package org.dydisnix.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** An output stream that counts the bytes written through it. */
public class CountingOutput extends FilterOutputStream {
    private long count;

    public CountingOutput(OutputStream out) {
        super(out);
    }

    /** How many bytes were written so far. */
    public final long count() {
        return count;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        count += length;
    }
}
