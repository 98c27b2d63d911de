package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command line the quick start runs prints the same output and error text and exits with the same
 * code as through picocli's model; the ones it leaves to picocli it does not run at all.
 */
class QuickStartTest {
    private static final String BLOG = "../examples/blog/";

    private record Run(Integer exit, String out, String err) {}

    @Test
    void quickRunsAreTheRunsPicocliMakes() {
        List<String[]> lines =
                List.of(
                        args(
                                "graphcol",
                                "-s",
                                BLOG + "services.json",
                                "-i",
                                BLOG + "infrastructure.json"),
                        args(
                                "graphcol",
                                "-s",
                                BLOG + "services.nix",
                                "-i",
                                BLOG + "infrastructure.nix",
                                "--exact"),
                        args(
                                "--debug",
                                "graphcol",
                                "-s",
                                BLOG + "services.json",
                                "-i",
                                BLOG + "missing.nix"),
                        args(
                                "graphcol",
                                "-s",
                                BLOG + "services.json",
                                "-i",
                                BLOG + "infrastructure.json",
                                "--format=json",
                                "--output-graph"),
                        args(
                                "multiwaycut",
                                "-s",
                                BLOG + "services.json",
                                "-i",
                                BLOG + "infrastructure.json",
                                "-d",
                                BLOG + "distribution.json",
                                "-v"),
                        args("visualize-infra", "-i", BLOG + "infrastructure.nix"),
                        args(
                                "eval",
                                "--strict",
                                "--arg",
                                "a",
                                "{ b = [ 1 2 ]; }",
                                "--argstr",
                                "c",
                                "d",
                                "--arg",
                                "e",
                                "3",
                                "-E",
                                "{ a, c, e }: { inherit a c; f = e; }"),
                        args("eval", "--format=nix", "-A", "a.0", "-E", "{ a = [ 1 2 ]; }"),
                        args("eval", BLOG + "infrastructure.nix", "--json", "-A", "testtarget1"),
                        args("eval", "--show-trace", "-E", "let f = x: throw \"no\"; in f 1"),
                        args("--debug", "eval", "-E", "{ a = 1; }.b"),
                        args("eval", "-I", "x=" + BLOG, "-E", "import <x/infrastructure.nix>"));
        for (String[] line : lines) {
            Run quick = run(line, true);
            assertThat(quick.exit()).as("quick start of %s", List.of(line)).isNotNull();
            assertThat(quick).as("%s", List.of(line)).isEqualTo(run(line, false));
        }
    }

    @Test
    void imageCommandLinesWithDefaultsNegationsAndSizesAreQuick(@TempDir Path dir) {
        String out = dir.resolve("image.tar").toString();
        for (String[] line :
                List.of(
                        args(
                                "create-multi-process-image",
                                "--processes",
                                BLOG + "missing.nix",
                                "--base",
                                BLOG,
                                "-o",
                                out),
                        args(
                                "create-multi-process-image",
                                "--processes",
                                BLOG + "missing.nix",
                                "--base",
                                BLOG,
                                "--no-interactive",
                                "--max-layer-size",
                                "512M",
                                "-o",
                                out))) {
            Run quick = run(line, true);
            assertThat(quick.exit()).as("quick start of %s", List.of(line)).isEqualTo(1);
            assertThat(quick).as("%s", List.of(line)).isEqualTo(run(line, false));
        }
        assertThat(dir).isEmptyDirectory();
        String[] badSize = {
            "create-multi-process-image",
            "--processes",
            "p.nix",
            "--base",
            "b",
            "-o",
            out,
            "--max-layer-size",
            "0"
        };
        assertThat(run(badSize, true).exit()).as("quick start of a bad size").isNull();
    }

    @Test
    void helpVersionAndUsageErrorsAreLeftToPicocli() {
        for (String[] line :
                List.of(
                        args("graphcol", "--help"),
                        args("graphcol", "-V"),
                        args("graphcol", "-s", BLOG + "services.json"),
                        args("graphcol", "--bogus", "-s", "a", "-i", "b"),
                        args("graphcol", "-s", "a", "-s", "b", "-i", "c"),
                        args("help", "graphcol"),
                        args("eval"),
                        args("eval", "-E", "1", BLOG + "infrastructure.nix"),
                        args("eval", "-E", "1", "-E", "2"),
                        args("eval", "--arg", "x", "-E", "1"),
                        args("eval", "--arg", "x", "-1", "-E", "x: x"),
                        args("eval", "--arg=x", "1", "-E", "x: x"),
                        args("--debug"))) {
            assertThat(run(line, true).exit()).as("quick start of %s", List.of(line)).isNull();
        }
    }

    private static String[] args(String... args) {
        return args;
    }

    private static Run run(String[] args, boolean quick) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            Integer exit =
                    quick
                            ? QuickStart.run(args)
                            : Integer.valueOf(Dydisnix.commandLine(args).execute(args));
            System.out.flush();
            System.err.flush();
            return new Run(
                    exit,
                    stdout.toString(StandardCharsets.UTF_8),
                    withoutFrames(stderr.toString(StandardCharsets.UTF_8)));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A --debug stack trace without its frames, which name the path the command was run by. */
    private static String withoutFrames(String text) {
        return text.replaceAll("(?m)^\\t(at |\\.\\.\\. ).*\\n", "");
    }
}
