package org.dydisnix.nix;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real nix-instantiate (Nix 2.8 here) for differential tests, when it is on the PATH. */
final class NixInstantiate {

    private NixInstantiate() {}

    static Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "nix-instantiate");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The strict JSON of an expression evaluated in {@code dir} with the dummy store, or null when
     * nix-instantiate is missing or fails.
     */
    static String eval(Path dir, String expression, String... options)
            throws IOException, InterruptedException {
        Path nix = find();
        if (nix == null) {
            return null;
        }
        List<String> command = new ArrayList<>(List.of(nix.toString(), "--store", "dummy://"));
        command.addAll(List.of("--eval", "--strict", "--json"));
        command.addAll(List.of(options));
        command.addAll(List.of("-E", expression));
        Process process =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? output.strip() : null;
    }
}
