package org.dydisnix.cli.draw;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Renders DOT text to a picture: with the Graphviz {@code dot} program when it is on PATH,
 * otherwise in-process with graphviz-java (SVG and PNG only).
 */
public final class Renderer {

    private static final java.util.logging.Logger SVG_RASTERIZER_LOG =
            java.util.logging.Logger.getLogger("com.kitfox.svg");

    /** The picture formats. */
    public enum PictureFormat {
        SVG,
        PNG,
        PDF
    }

    private Renderer() {}

    /** The picture of the DOT text. */
    public static byte[] render(String dot, PictureFormat format) throws IOException {
        String program = dotProgram();
        if (program != null) {
            return withDot(program, dot, format);
        }
        return withGraphvizJava(dot, format);
    }

    private static String dotProgram() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String directory : path.split(File.pathSeparator)) {
            File candidate = new File(directory, "dot");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }

    private static byte[] withDot(String program, String dot, PictureFormat format)
            throws IOException {
        Process process =
                new ProcessBuilder(program, "-T" + format.name().toLowerCase(java.util.Locale.ROOT))
                        .redirectError(ProcessBuilder.Redirect.PIPE)
                        .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        byte[] picture;
        try (InputStream out = process.getInputStream()) {
            picture = out.readAllBytes();
        }
        String errors =
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(
                        "dot failed: "
                                + (errors.isEmpty()
                                        ? "exit " + process.exitValue()
                                        : errors.lines().findFirst().orElse("")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running dot", e);
        }
        return picture;
    }

    private static byte[] withGraphvizJava(String dot, PictureFormat format) throws IOException {
        Format engineFormat =
                switch (format) {
                    case SVG -> Format.SVG;
                    case PNG -> Format.PNG;
                    case PDF ->
                            throw new IOException(
                                    "rendering PDF needs the Graphviz 'dot' program on PATH "
                                            + "(Debian package graphviz); SVG and PNG render without it");
                };
        SVG_RASTERIZER_LOG.setLevel(java.util.logging.Level.OFF);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Graphviz.fromString(dot).render(engineFormat).toOutputStream(out);
            return out.toByteArray();
        } catch (RuntimeException | LinkageError e) {
            throw new IOException(
                    "cannot render without the Graphviz 'dot' program (install Debian package "
                            + "graphviz): the in-process engine failed: "
                            + e.getMessage(),
                    e);
        }
    }
}
