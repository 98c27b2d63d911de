package org.dydisnix.cli.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.cli.Dydisnix;

/**
 * The {@code dydisnix-<command>} wrappers, one per command of the command list, each running {@code
 * dydisnix <command>} next to it. Run at build time for the distribution's {@code bin/}; the
 * checkout's {@code bin/} holds the same scripts (a test keeps them equal).
 */
public final class Wrappers {

    private Wrappers() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        for (Map.Entry<String, String> wrapper : scripts().entrySet()) {
            Path file = directory.resolve(wrapper.getKey());
            Files.writeString(file, wrapper.getValue(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The original script's name for {@code document-services --batch}. */
    public static final String GENERATE_SERVICES_DOCS = "dydisnix-generate-services-docs";

    /** File name to script of every wrapper. */
    public static Map<String, String> scripts() {
        Map<String, String> scripts = new TreeMap<>();
        for (String command : Dydisnix.toolNames()) {
            scripts.put(
                    "dydisnix-" + command,
                    "#!/bin/sh\n"
                            + "# Generated from dydisnix's command list: runs `dydisnix "
                            + command
                            + "` with the same options.\n"
                            + "exec \"$(dirname \"$(readlink -f \"$0\")\")/dydisnix\" "
                            + command
                            + " \"$@\"\n");
        }
        scripts.put(
                GENERATE_SERVICES_DOCS,
                "#!/bin/sh\n"
                        + "# Generated: the original script's name, the whole catalogue (diagrams and pages)"
                        + " with `dydisnix document-services --batch`.\n"
                        + "exec \"$(dirname \"$(readlink -f \"$0\")\")/dydisnix\" document-services --batch"
                        + " \"$@\"\n");
        return scripts;
    }
}
