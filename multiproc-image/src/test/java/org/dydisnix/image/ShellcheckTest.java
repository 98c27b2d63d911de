package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every shell script an image gets — the resources under {@code org/dydisnix/image/scripts} as
 * rendered, and the per-process init.d and run scripts — passes {@code shellcheck -S warning}
 * (Debian's shellcheck; installed by .ci/run, skipped when absent).
 */
class ShellcheckTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(ProcessManager.class)
    void generatedScripts_haveNoShellcheckWarning(ProcessManager manager) throws Exception {
        assumeTrue(shellcheck(), "needs shellcheck (Debian package shellcheck)");
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        List<Path> scripts = new ArrayList<>();
        for (FailurePolicy policy : FailurePolicy.values()) {
            Path out = dir.resolve(manager + "-" + policy + ".tar");
            MultiProcessImage.builder()
                    .processes(TestProcesses.read(TestImages.EXAMPLE))
                    .processManager(manager)
                    .onFailure(policy)
                    .name("shellcheck")
                    .base(base)
                    .build()
                    .writeTo(out);
            for (Map.Entry<String, String> file : TestImages.read(out).layer().entrySet()) {
                String text = file.getValue();
                boolean shell =
                        text.startsWith("#!/bin/bash")
                                || text.startsWith("#!/bin/sh")
                                || text.startsWith("# shellcheck shell=")
                                || file.getKey().endsWith("init-functions");
                if (shell
                        && !file.getKey().startsWith("srv/")
                        && !file.getKey().startsWith("nix/")) {
                    Path script = dir.resolve("scripts").resolve(policy + "/" + file.getKey());
                    Files.createDirectories(script.getParent());
                    Files.writeString(script, text);
                    scripts.add(script);
                }
            }
        }
        assertThat(scripts).hasSizeGreaterThan(4);
        List<String> command =
                new ArrayList<>(List.of("shellcheck", "-S", "warning", "-s", "bash"));
        scripts.forEach(script -> command.add(script.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
    }

    private static boolean shellcheck() {
        try {
            Process p = new ProcessBuilder("shellcheck", "--version").start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
