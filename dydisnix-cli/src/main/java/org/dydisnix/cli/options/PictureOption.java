package org.dydisnix.cli.options;

import org.dydisnix.cli.draw.Renderer;
import picocli.CommandLine.Option;

/** The {@code -f/--format} option of the drawing commands: render a picture instead of printing DOT. */
public final class PictureOption {

    @Option(names = {"-f", "--format"}, paramLabel = "<format>",
            description = "Render the diagram as ${COMPLETION-CANDIDATES} (any case) instead of printing DOT.")
    public Renderer.PictureFormat format;

    /** The file name extension of the picture format. */
    public String extension() {
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }
}
