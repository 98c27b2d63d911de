package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The services models of the public Disnix example repositories, laid out side by side with
 * nix-processmgmt as their authors do, drawn and planned through the packaged launcher with their
 * default arguments. The repositories are fetched at test time (or taken from {@code
 * DYDISNIX_EXAMPLE_REPOS}); without them the test is skipped with a message.
 */
class DisnixExamplesIT {
    private static final Path ROOT =
            Path.of(System.getProperty("dydisnix.root", "..")).toAbsolutePath().normalize();
    private static final List<String> REPOSITORIES =
            List.of(
                    "disnix-chord-example",
                    "disnix-proxy-example",
                    "disnix-virtualhosts-example",
                    "nix-processmgmt");

    @TempDir static Path fetched;

    private static Path repos;

    @BeforeAll
    static void fetchRepositories() throws Exception {
        String given = System.getenv("DYDISNIX_EXAMPLE_REPOS");
        if (given != null && Files.isDirectory(Path.of(given, "nix-processmgmt"))) {
            repos = Path.of(given);
            return;
        }
        for (String repository : REPOSITORIES) {
            Process clone =
                    new ProcessBuilder(
                                    "git",
                                    "clone",
                                    "-q",
                                    "--depth",
                                    "1",
                                    "https://github.com/svanderburg/" + repository,
                                    fetched.resolve(repository).toString())
                            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            clone.getOutputStream().close();
            boolean done = clone.waitFor(120, TimeUnit.SECONDS);
            if (!done) {
                clone.destroyForcibly().waitFor();
            }
            Assumptions.assumeTrue(
                    done && clone.exitValue() == 0,
                    "svanderburg/" + repository + " cannot be fetched (no network?); skipped");
        }
        repos = fetched;
    }

    @ParameterizedTest
    @CsvSource({
        "disnix-chord-example/deployment/DistributedDeployment/services.nix,"
                + "ChordBootstrapNode ChordNode1 ChordNode2 ChordNode3 openchord,"
                + "ChordNode1 -> ChordBootstrapNode",
        "disnix-proxy-example/deployment/DistributedDeployment/services-with-proxy.nix,"
                + "disnix_tcp_proxy hello_world_client hello_world_server,"
                + "disnix_tcp_proxy -> hello_world_server",
        "disnix-proxy-example/deployment/DistributedDeployment/services-without-proxy.nix,"
                + "hello_world_client hello_world_server,"
                + "hello_world_client -> hello_world_server",
        "disnix-virtualhosts-example/deployment/DistributedDeployment/services.nix,"
                + "webapp1 webapp2 webapp3 webapp4,"
    })
    void drawnAndPlannedWithTheirDefaultArguments(String file, String services, String edge)
            throws Exception {
        Path model = repos.resolve(file);
        Assumptions.assumeTrue(Files.exists(model), file + " is not in this checkout; skipped");
        String dot = run("visualize-services", "-s", model.toString());
        String plan =
                run(
                        "graphcol",
                        "-s",
                        model.toString(),
                        "-i",
                        model.resolveSibling("infrastructure.nix").toString(),
                        "--format",
                        "json");
        for (String service : services.split(" ")) {
            assertThat(dot).contains("\"" + service + "\" [label=");
            assertThat(plan).contains("\"" + service + "\": [");
        }
        if (edge != null) {
            String[] ends = edge.split(" -> ");
            assertThat(dot).contains("\"" + ends[0] + "\" -> \"" + ends[1] + "\";");
        }
    }

    private static String run(String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile(fetched, "out", ".txt");
        Path err = Files.createTempFile(fetched, "err", ".txt");
        List<String> command = new java.util.ArrayList<>();
        command.add(ROOT.resolve("bin/dydisnix").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment().put("DYDISNIX_CACHE_DIR", fetched.resolve("parse-cache").toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("timed out: " + command);
        }
        assertThat(process.exitValue())
                .as("exit of %s; stderr: %s", command, Files.readString(err))
                .isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
