package org.dydisnix.nix;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Map;

/**
 * The persistent cache of parsed Nix files ({@link ParsedTreeCache}): where it lives, and whether
 * this process uses it (off until a program turns it on with {@link #use}).
 */
public final class ParseCache {
    /** The environment variable naming the directory; {@value #OFF} turns the cache off. */
    public static final String VARIABLE = "DYDISNIX_CACHE_DIR";

    /** The value of {@link #VARIABLE} that turns the cache off. */
    public static final String OFF = "off";

    private static volatile ParsedTreeCache current;

    private ParseCache() {}

    /**
     * The directory the environment names: {@code $DYDISNIX_CACHE_DIR}, else {@code
     * ${XDG_CACHE_HOME:-$HOME/.cache}/dydisnix/parsed}; null when it is {@code off} or there is no
     * home.
     */
    public static Path directory(Map<String, String> environment) {
        String given = environment.get(VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given.equals(OFF) ? null : Path.of(given).toAbsolutePath();
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg, "dydisnix", "parsed");
        }
        String home = environment.get("HOME");
        return home == null || !home.startsWith("/")
                ? null
                : Path.of(home, ".cache", "dydisnix", "parsed");
    }

    /**
     * Makes evaluators created from now on in this process use the directory (null: none); the
     * build's stamp is taken when the first file is parsed.
     */
    public static void use(Path directory) {
        current = directory == null ? null : new ParsedTreeCache(directory, null);
    }

    static ParsedTreeCache current() {
        return current;
    }

    /**
     * What identifies this build of the parser: the size and time of the jar it was loaded from, or
     * of the class files of its package when it runs from a directory; null when unknown.
     */
    static String stamp() {
        try {
            CodeSource source = ParseCache.class.getProtectionDomain().getCodeSource();
            File jar = new File(source.getLocation().toURI());
            if (!jar.isDirectory()) {
                long size = jar.length();
                long time = jar.lastModified();
                return size == 0 || time == 0 ? null : "jar " + size + " " + time;
            }
            Path location = jar.toPath();
            Path classes = location.resolve("org/dydisnix/nix".replace('/', File.separatorChar));
            long size = 0;
            long newest = 0;
            int count = 0;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(classes, "*.class")) {
                for (Path file : files) {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    size += a.size();
                    newest = Math.max(newest, a.lastModifiedTime().toMillis());
                    count++;
                }
            }
            return "classes " + count + " " + size + " " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
