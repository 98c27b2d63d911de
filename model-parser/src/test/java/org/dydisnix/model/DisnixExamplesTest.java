package org.dydisnix.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dydisnix.nix.NixModelSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The services models of the public Disnix example repositories, read with their default arguments:
 * they import {@code "${nix-processmgmt}/nixproc/..."}, a path copied to the store, which the
 * embedded evaluator serves from its source. The repositories are not vendored: set {@code
 * DYDISNIX_EXAMPLE_REPOS} to a directory holding disnix-chord-example, disnix-proxy-example,
 * disnix-virtualhosts-example and nix-processmgmt side by side (otherwise the test is skipped).
 */
class DisnixExamplesTest {

    private static Path repos() {
        String dir = System.getenv("DYDISNIX_EXAMPLE_REPOS");
        Assumptions.assumeTrue(
                dir != null && Files.isDirectory(Path.of(dir, "nix-processmgmt")),
                "DYDISNIX_EXAMPLE_REPOS does not name a directory with the Disnix example"
                        + " repositories and nix-processmgmt side by side; skipped");
        return Path.of(dir);
    }

    @ParameterizedTest
    @CsvSource({
        "disnix-chord-example/deployment/DistributedDeployment/services.nix,"
                + "ChordBootstrapNode ChordNode1 ChordNode2 ChordNode3 openchord,ChordNode1,"
                + "ChordBootstrapNode",
        "disnix-proxy-example/deployment/DistributedDeployment/services-with-proxy.nix,"
                + "disnix_tcp_proxy hello_world_client hello_world_server,disnix_tcp_proxy,"
                + "hello_world_server",
        "disnix-proxy-example/deployment/DistributedDeployment/services-without-proxy.nix,"
                + "hello_world_client hello_world_server,hello_world_client,hello_world_server",
        "disnix-virtualhosts-example/deployment/DistributedDeployment/services.nix,"
                + "webapp1 webapp2 webapp3 webapp4,webapp1,"
    })
    void servicesModelsReadWithTheirDefaultArguments(
            String file, String services, String service, String dependency) {
        Path model = repos().resolve(file);
        Assumptions.assumeTrue(Files.exists(model), file + " is not in this checkout; skipped");
        ServicesModel read =
                new ModelReader(new NixModelSource(List.of()), "{}", false).services(model);
        assertThat(read.services().keySet()).containsExactlyInAnyOrder(services.split(" "));
        List<String> expected = dependency == null ? List.of() : List.of(dependency);
        assertThat(read.services().get(service).dependencies()).containsExactlyElementsOf(expected);
    }
}
