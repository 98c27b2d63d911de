package org.dydisnix.cli.draw;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Renders DOT text to a picture: with the Graphviz {@code dot} program in any format it knows when
 * it is on PATH, otherwise in-process with graphviz-java (SVG and PNG only). graphviz-java and its
 * jars are not on the launcher's class path (they would slow every command's start): they live in
 * {@code lib/graphviz/} and are loaded only here, through a class loader of their own.
 */
public final class Renderer {

    private static final java.util.logging.Logger SVG_RASTERIZER_LOG =
            java.util.logging.Logger.getLogger("com.kitfox.svg");

    /** The picture formats of the documentation pages. */
    public enum PictureFormat {
        SVG,
        PNG,
        PDF
    }

    /** The formats graphviz-java renders without {@code dot}. */
    private static final Set<String> IN_PROCESS = Set.of("svg", "png");

    private Renderer() {}

    /** The picture of the DOT text. */
    public static byte[] render(String dot, PictureFormat format) throws IOException {
        return render(dot, format.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The picture of the DOT text in a format of {@code dot -T} (svg, png, pdf, ps, json, ...);
     * without {@code dot} on PATH only svg and png, rendered in-process.
     */
    public static byte[] render(String dot, String format) throws IOException {
        String program = dotProgram();
        if (program != null) {
            return withDot(program, dot, format);
        }
        if (!IN_PROCESS.contains(format)) {
            throw new IOException(
                    "rendering "
                            + format
                            + " needs the Graphviz 'dot' program on PATH (Debian package graphviz); "
                            + "without it only svg and png render");
        }
        return withGraphvizJava(dot, PictureFormat.valueOf(format.toUpperCase(Locale.ROOT)));
    }

    /**
     * The suffix {@code dot -O} gives a picture of the format: the format's parts in reverse order
     * ({@code svg} gives {@code svg}, {@code svg:cairo} gives {@code cairo.svg}).
     */
    public static String suffix(String format) {
        List<String> parts = new ArrayList<>(List.of(format.split(":")));
        Collections.reverse(parts);
        return String.join(".", parts);
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

    static byte[] withDot(String program, String dot, String format) throws IOException {
        Process process =
                new ProcessBuilder(program, "-T" + format)
                        .redirectError(ProcessBuilder.Redirect.PIPE)
                        .start();
        InputStream errorStream = process.getErrorStream();
        CompletableFuture<String> diagnostics =
                inBackground(
                        "dot-stderr",
                        () ->
                                new String(errorStream.readAllBytes(), StandardCharsets.UTF_8)
                                        .strip());
        byte[] input = dot.getBytes(StandardCharsets.UTF_8);
        OutputStream in = process.getOutputStream();
        inBackground(
                "dot-stdin",
                () -> {
                    try (in) {
                        in.write(input);
                    } catch (IOException closedEarly) {
                        // dot refused the request before reading its input; its status says why
                    }
                    return "";
                });
        byte[] picture;
        try (InputStream out = process.getInputStream()) {
            picture = out.readAllBytes();
        }
        String errors = diagnostics.join();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(
                        "dot -T"
                                + format
                                + " failed: "
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

    /** A pipe end served on its own thread, so dot never blocks on a full pipe of ours. */
    private interface PipeWork {
        String run() throws IOException;
    }

    private static CompletableFuture<String> inBackground(String name, PipeWork work) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                result.complete(work.run());
                            } catch (IOException e) {
                                result.complete("");
                            }
                        },
                        name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static byte[] withGraphvizJava(String dot, PictureFormat format) throws IOException {
        SVG_RASTERIZER_LOG.setLevel(java.util.logging.Level.OFF);
        try {
            ClassLoader loader = graphvizJava();
            Class<?> graphviz = Class.forName("guru.nidi.graphviz.engine.Graphviz", true, loader);
            Class<?> formats = Class.forName("guru.nidi.graphviz.engine.Format", true, loader);
            Object engineFormat = formats.getField(format.name()).get(null);
            Object graph = graphviz.getMethod("fromString", String.class).invoke(null, dot);
            Method render = graphviz.getMethod("render", formats);
            Object renderer = render.invoke(graph, engineFormat);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            render.getReturnType()
                    .getMethod("toOutputStream", OutputStream.class)
                    .invoke(renderer, out);
            return out.toByteArray();
        } catch (InvocationTargetException e) {
            throw failed(e.getCause() == null ? e : e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw failed(e);
        }
    }

    private static IOException failed(Throwable e) {
        return new IOException(
                "cannot render without the Graphviz 'dot' program (install Debian package "
                        + "graphviz): the in-process engine failed: "
                        + e.getMessage(),
                e);
    }

    /**
     * The class loader of graphviz-java: this class's own when graphviz-java is on its class path
     * (the build's tests), else one over the jars in {@code graphviz/} beside this class's jar.
     */
    private static synchronized ClassLoader graphvizJava() throws IOException {
        if (graphvizLoader == null) {
            graphvizLoader = newGraphvizLoader();
        }
        return graphvizLoader;
    }

    /** One loader per process: its engine's native library loads only once per JVM. */
    private static ClassLoader graphvizLoader;

    private static ClassLoader newGraphvizLoader() throws IOException {
        ClassLoader own = Renderer.class.getClassLoader();
        if (own.getResource("guru/nidi/graphviz/engine/Graphviz.class") != null) {
            return own;
        }
        Path directory = graphvizDirectory();
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new IOException(
                    directory + ": cannot read the in-process renderer's jars: " + e.getMessage(),
                    e);
        }
        return new URLClassLoader(
                "graphviz-java", jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Path graphvizDirectory() throws IOException {
        try {
            Path jar =
                    Path.of(
                            Renderer.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            return jar.resolveSibling("graphviz");
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot locate the in-process renderer's jars", e);
        }
    }
}
