package org.dydisnix.cli.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dydisnix.cli.Dydisnix;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the bash completion scripts from the picocli model: {@code dydisnix} and one per {@code
 * dydisnix-<command>} wrapper (bash-completion loads a command's script by its name). Run at build
 * time.
 */
public final class Completion {

    private Completion() {}

    public static void main(String[] args) throws IOException {
        Path script = Path.of(args[0]);
        Path directory = script.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        CommandLine root = Dydisnix.commandLine();
        Files.writeString(script, AutoComplete.bash("dydisnix", root), StandardCharsets.UTF_8);
        for (String command : Dydisnix.toolNames()) {
            String wrapper = "dydisnix-" + command;
            Files.writeString(
                    directory.resolve(wrapper),
                    AutoComplete.bash(wrapper, root.getSubcommands().get(command)),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(
                directory.resolve(Wrappers.GENERATE_SERVICES_DOCS),
                AutoComplete.bash(
                        Wrappers.GENERATE_SERVICES_DOCS,
                        root.getSubcommands().get("document-services")),
                StandardCharsets.UTF_8);
    }
}
