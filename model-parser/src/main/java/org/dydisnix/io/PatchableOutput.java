package org.dydisnix.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * An output stream that counts what it wrote and, when it writes a regular file, can rewrite bytes
 * it wrote earlier (a header whose fields are known only after what follows it).
 */
public final class PatchableOutput extends CountingOutput {
    private final FileChannel channel;
    private final Path file;

    PatchableOutput(OutputStream out, FileChannel channel, Path file) {
        super(out);
        this.channel = channel;
        this.file = file;
    }

    /** True when {@link #patch} can rewrite earlier bytes: the output is a regular file. */
    public boolean canPatch() {
        return channel != null;
    }

    /** The file being written (a temporary file renamed at the end), or null when not patchable. */
    public Path file() {
        return file;
    }

    /** How many bytes were written so far. */
    public long position() {
        return count();
    }

    /** Rewrites {@code bytes} at {@code at}, a position already written. */
    public void patch(long at, byte[] bytes) throws IOException {
        if (channel == null) {
            throw new IOException("the output cannot be rewritten: it is no regular file");
        }
        if (at < 0 || at + bytes.length > count()) {
            throw new IOException("patch beyond what was written: " + at + " + " + bytes.length);
        }
        out.flush();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (long p = at; buffer.hasRemaining(); ) {
            p += channel.write(buffer, p);
        }
    }
}
