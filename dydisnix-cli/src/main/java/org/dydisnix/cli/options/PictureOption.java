package org.dydisnix.cli.options;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.dydisnix.cli.draw.Renderer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code -f/--format} option of the drawing commands: render a picture, in any format of
 * Graphviz {@code dot -T}, instead of printing DOT.
 */
public final class PictureOption {

    /** The formats offered for completion; dot knows more. */
    static final class CommonFormats extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        CommonFormats() {
            super(List.of("svg", "png", "pdf", "ps", "eps", "jpg", "gif", "json", "plain"));
        }
    }

    @Mixin LazySpec spec;

    /** The format asked for, in lower case, or null for DOT text. */
    public String format;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "<format>",
            completionCandidates = CommonFormats.class,
            description =
                    "Render the diagram in this format of Graphviz dot -T (${COMPLETION-CANDIDATES}, "
                            + "...; any case) instead of printing DOT; without dot on PATH, svg and png "
                            + "render in-process.")
    void format(String value) {
        if (!value.matches("[A-Za-z0-9_.:-]+")) {
            throw new ParameterException(
                    spec.get().commandLine(),
                    "-f: '" + value + "' is not a picture format (letters, digits, '_.:-' only)");
        }
        format = value.toLowerCase(Locale.ROOT);
    }

    /** Writes the DOT text, or its picture when a format was asked for. */
    public void write(OutputOption output, String dot) throws IOException {
        output.write(
                format == null
                        ? dot.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : render(dot));
    }

    /** The picture of the DOT text in the format asked for. */
    public byte[] render(String dot) throws IOException {
        return Renderer.render(dot, format);
    }

    /**
     * The suffix {@code dot -O} appends to a picture's file name ({@code svg:cairo}: cairo.svg).
     */
    public String suffix() {
        return Renderer.suffix(format);
    }
}
