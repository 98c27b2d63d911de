package org.dydisnix.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Model inputs that are not regular files: {@code -} (standard input), FIFOs, {@code /dev/stdin}
 * and {@code <(...)} descriptors. Each is read once into a private temporary file (so that every
 * reader, including the evaluator's imports, can read it by path and more than once) that keeps the
 * name the user gave in messages and, for standard input, resolves relative paths from the working
 * directory as {@code nix-instantiate -} does.
 */
public final class ModelInputs {
    /** How standard input is named in messages. */
    public static final String STDIN = "<stdin>";

    private record Spooled(Path copy, String shownAs, Path baseDir) {}

    private static final Map<String, Spooled> BY_ARGUMENT = new ConcurrentHashMap<>();
    private static final Map<Path, Spooled> BY_COPY = new ConcurrentHashMap<>();

    private ModelInputs() {}

    /** A path every reader can read: the file itself, or the copy of a stream. */
    public static Path readable(Path file) {
        String argument = file.toString();
        boolean stdin = argument.equals("-");
        if (!stdin
                && (!Files.exists(file) || Files.isRegularFile(file) || Files.isDirectory(file))) {
            return file;
        }
        return BY_ARGUMENT.computeIfAbsent(argument, key -> spool(file, stdin)).copy();
    }

    private static Spooled spool(Path file, boolean stdin) {
        try {
            Path directory = Files.createTempDirectory("dydisnix-input");
            directory.toFile().deleteOnExit();
            Path copy = directory.resolve(stdin ? "stdin" : file.getFileName().toString());
            try (InputStream in = stdin ? System.in : Files.newInputStream(file)) {
                Files.copy(in, copy);
            }
            copy.toFile().deleteOnExit();
            Path absolute = copy.toAbsolutePath().normalize();
            Spooled spooled =
                    new Spooled(
                            absolute,
                            stdin ? STDIN : file.toString(),
                            stdin
                                    ? Path.of("").toAbsolutePath()
                                    : file.toAbsolutePath().normalize().getParent());
            BY_COPY.put(absolute, spooled);
            return spooled;
        } catch (IOException e) {
            throw new ModelException(
                    null, (stdin ? STDIN : file.toString()) + ": cannot read: " + e.getMessage());
        }
    }

    /** The name a file is shown by in messages: the one the user gave for a stream's copy. */
    public static String shownName(Path file, String otherwise) {
        Spooled spooled = BY_COPY.get(file.toAbsolutePath().normalize());
        return spooled == null ? otherwise : spooled.shownAs();
    }

    /** The directory relative paths in a Nix file are resolved from. */
    public static Path baseDir(Path absolute) {
        Spooled spooled = BY_COPY.get(absolute);
        return spooled == null ? absolute.getParent() : spooled.baseDir();
    }

    /**
     * The language of a file whose name says nothing, from its first bytes: XML starts with a tag
     * (and closes one), JSON is an object or array that parses as JSON, YAML starts with {@code
     * ---}, {@code - } or {@code key:}; anything else is Nix.
     */
    public static InputFormat sniff(Path file) {
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            text = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return InputFormat.NIX;
        }
        String start = significantStart(text);
        if (start.startsWith("<?xml") || start.startsWith("<") && text.contains("</")) {
            return InputFormat.XML;
        }
        if (start.matches("(?s)\\{\\s*(\"([^\"\\\\]|\\\\.)*\"\\s*:|}\\s*$).*")
                || start.startsWith("[") && isJson(file)) {
            return InputFormat.JSON;
        }
        String firstLine = start.lines().findFirst().orElse("");
        if (firstLine.startsWith("---")
                || firstLine.startsWith("- ")
                || firstLine.matches("\"?[A-Za-z_][\\w.-]*\"?\\s*:(\\s.*)?")) {
            return InputFormat.YAML;
        }
        return InputFormat.NIX;
    }

    private static String significantStart(String text) {
        StringBuilder kept = new StringBuilder();
        boolean started = false;
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!started && (stripped.isEmpty() || stripped.startsWith("#"))) {
                continue;
            }
            started = true;
            kept.append(stripped).append('\n');
        }
        return kept.toString();
    }

    private static boolean isJson(Path file) {
        try {
            JsonModelSource.json().read(file);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
