package org.dydisnix.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.dydisnix.nix.NixError;
import org.dydisnix.nix.NixModelSource;
import org.junit.jupiter.api.Test;

class NixModelReaderTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NixModelReaderTest.class.getResource("/" + name).toURI());
    }

    private static ModelReader reader() {
        return new ModelReader(new NixModelSource(List.of()), "{}", false);
    }

    @Test
    void readsTheBlogServicesWithoutForcingPkg() throws Exception {
        ServicesModel model = reader().services(resource("blog/services.nix"));

        assertThat(model.services())
                .containsOnlyKeys("testService1", "testService2", "testService3");
        assertThat(model.services().get("testService1").dependsOn()).isEmpty();
        assertThat(model.services().get("testService2").dependsOn())
                .containsExactly("testService1");
        assertThat(model.services().get("testService3").dependsOn())
                .containsExactly("testService1", "testService2");
        assertThat(model.services().get("testService3").type()).isEqualTo("echo");
        assertThat(model.services().get("testService2").position().line()).isEqualTo(13);
        assertThat(model.services().get("testService2").position().file())
                .endsWith("blog/services.nix");
    }

    @Test
    void forcingPkgReportsTheMissingPackageSet() throws Exception {
        ServicesModel model = reader().services(resource("blog/services.nix"));
        Service service = model.services().get("testService1");

        assertThat(service.properties()).doesNotContainKey("pkg");
        NixModelSource source = new NixModelSource(List.of());
        ModelNode pkg =
                source.services(resource("blog/services.nix"), "{}").get("testService1").get("pkg");
        assertThatThrownBy(pkg::kind).isInstanceOf(NixError.class).hasMessageContaining("pkgs");
    }

    @Test
    void readsTheBlogInfrastructure() throws Exception {
        Infrastructure infrastructure =
                reader().infrastructure(resource("blog/infrastructure.nix"));

        assertThat(infrastructure.targets())
                .containsOnlyKeys("testtarget1", "testtarget2", "testtarget3");
        Target first = infrastructure.targets().get("testtarget1");
        assertThat(first.address()).isEqualTo("testtarget1");
        assertThat(first.containers()).containsOnlyKeys("echo", "mysql-database");
        assertThat(first.containers().get("mysql-database")).containsEntry("mysqlPort", 3306L);
        assertThat(infrastructure.targets().get("testtarget3").containers()).isEmpty();
    }

    @Test
    void readsTheBlogDistribution() throws Exception {
        Distribution distribution =
                reader().distribution(
                                resource("blog/distribution.nix"),
                                resource("blog/infrastructure.nix"));

        List<Mapping> all =
                List.of(
                        Mapping.to("testtarget1"),
                        Mapping.to("testtarget2"),
                        Mapping.to("testtarget3"));
        assertThat(distribution.mappings())
                .containsOnlyKeys("testService1", "testService2", "testService3");
        distribution.mappings().values().forEach(mappings -> assertThat(mappings).isEqualTo(all));
        assertThat(distribution.positionOf("testService2").line()).isEqualTo(5);
    }

    @Test
    void targetsWithTheSameHostnameAreToldApartByIdentity() throws Exception {
        Distribution distribution =
                reader().distribution(
                                resource("identity/distribution.nix"),
                                resource("identity/infrastructure.nix"));

        assertThat(distribution.mappings().get("testService1"))
                .containsExactly(Mapping.to("second"));
        assertThat(distribution.mappings().get("testService2"))
                .containsExactly(new Mapping("first", "process"));
        assertThat(distribution.mappings().get("testService3"))
                .containsExactly(Mapping.to("first"), Mapping.to("second"));
    }

    @Test
    void extraParamsReachOnlyArgumentsTheModelAccepts() throws Exception {
        ModelNode services =
                new NixModelSource(List.of())
                        .services(
                                resource("blog/services.nix"),
                                "{ unused = 1; system = \"aarch64-linux\"; }");

        assertThat(services.attributes())
                .containsOnlyKeys("testService1", "testService2", "testService3");
    }

    @Test
    void aNixDistributionReadsAJsonInfrastructure() throws Exception {
        Distribution distribution =
                reader().distribution(
                                resource("mixed/distribution.nix"),
                                resource("mixed/infrastructure.json"));

        assertThat(distribution.mappings().get("testService2"))
                .containsExactly(
                        Mapping.to("testtarget1"),
                        Mapping.to("testtarget2"),
                        Mapping.to("testtarget3"));
    }
}
