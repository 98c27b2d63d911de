package org.dydisnix.cli.options;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dydisnix.io.AtomicOutput;
import picocli.CommandLine.Option;

/**
 * The {@code -o/--output} option: where the result goes (stdout by default), written atomically.
 */
public final class OutputOption {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "<file>",
            description =
                    "Write the result to this file instead of standard output: a regular file is "
                            + "replaced atomically (through a symbolic link, its target), a FIFO or "
                            + "device is written directly; - is standard output.")
    public Path output;

    /** Writes the complete result to the output file or to standard output. */
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the complete result to the output file or to standard output. */
    public void write(byte[] bytes) throws IOException {
        if (output == null || output.toString().equals("-")) {
            PrintStream out = System.out;
            out.write(bytes);
            out.flush();
        } else {
            AtomicOutput.write(output, (OutputStream stream) -> stream.write(bytes));
        }
    }
}
