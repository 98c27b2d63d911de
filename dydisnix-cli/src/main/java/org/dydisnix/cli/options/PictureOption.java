package org.dydisnix.cli.options;

import org.dydisnix.cli.draw.Renderer;
import picocli.CommandLine.Option;

/**
 * The {@code -f/--format} option of the drawing commands: render a picture instead of printing DOT.
 */
public final class PictureOption {

    @Option(
            names = {"-f", "--format"},
            paramLabel = "<format>",
            description =
                    "Render the diagram as ${COMPLETION-CANDIDATES} (any case) instead of printing DOT.")
    public Renderer.PictureFormat format;

    /** Writes the DOT text, or its picture when a format was asked for. */
    public void write(OutputOption output, String dot) throws java.io.IOException {
        if (format == null) {
            output.write(dot);
        } else {
            output.write(Renderer.render(dot, format));
        }
    }

    /** The file name extension of the picture format. */
    public String extension() {
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }
}
