package org.dydisnix.image;

import java.nio.file.Path;

/** Builds one image (processes model, base, output) in its own JVM, for InterruptedBuildTest. */
public final class BuildImageMain {
    private BuildImageMain() {}

    public static void main(String[] args) throws Exception {
        MultiProcessImage.builder()
                .processes(TestProcesses.read(Path.of(args[0])))
                .name("interrupted")
                .base(Path.of(args[1]))
                .build()
                .writeTo(Path.of(args[2]));
    }
}
