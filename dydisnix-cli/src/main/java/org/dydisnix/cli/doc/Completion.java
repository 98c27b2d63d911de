package org.dydisnix.cli.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dydisnix.cli.Dydisnix;
import picocli.AutoComplete;

/** Writes the bash completion script of every command from the picocli model. Run at build time. */
public final class Completion {

    private Completion() {}

    public static void main(String[] args) throws IOException {
        Path script = Path.of(args[0]);
        Files.createDirectories(script.toAbsolutePath().getParent());
        Files.writeString(
                script,
                AutoComplete.bash("dydisnix", Dydisnix.commandLine()),
                StandardCharsets.UTF_8);
    }
}
