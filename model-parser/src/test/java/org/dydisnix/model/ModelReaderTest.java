package org.dydisnix.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReaderTest {
    private static final Path EXAMPLES = Path.of("../examples/blog");

    @TempDir Path dir;

    private final ModelReader reader = new ModelReader(null, "{}", false);

    @Test
    void readsTheBlogServicesInJson() {
        ServicesModel model = reader.services(EXAMPLES.resolve("services.json"));
        assertThat(model.services())
                .containsOnlyKeys("testService1", "testService2", "testService3");
        Service third = model.services().get("testService3");
        assertThat(third.dependsOn()).containsExactly("testService1", "testService2");
        assertThat(third.type()).isEqualTo("echo");
        assertThat(third.position()).hasToString("../examples/blog/services.json:11:19");
    }

    @Test
    void readsTheBlogInfrastructureAndDistributionInJson() {
        Infrastructure infrastructure =
                reader.infrastructure(EXAMPLES.resolve("infrastructure.json"));
        assertThat(infrastructure.targets())
                .containsOnlyKeys("testtarget1", "testtarget2", "testtarget3");
        assertThat(infrastructure.targets().get("testtarget1").containers())
                .containsOnlyKeys("echo", "mysql-database");
        assertThat(infrastructure.targets().get("testtarget2").address()).isEqualTo("testtarget2");
        Distribution distribution =
                reader.distribution(
                        EXAMPLES.resolve("distribution.json"),
                        EXAMPLES.resolve("infrastructure.json"));
        assertThat(distribution.mappings().get("testService2"))
                .containsExactly(
                        Mapping.to("testtarget1"),
                        Mapping.to("testtarget2"),
                        Mapping.to("testtarget3"));
    }

    @Test
    void aDependencyOnAnUnknownServiceNamesBothAndThePosition() throws IOException {
        Path file = write("services.json", "{\n  \"a\": { \"dependsOn\": [ \"b\" ] }\n}\n");
        assertThatThrownBy(() -> reader.services(file))
                .isInstanceOf(ModelException.class)
                .hasMessage(file + ":2:25: service 'a' depends on unknown service 'b'");
    }

    @Test
    void aJsonSyntaxErrorHasItsPosition() throws IOException {
        Path file = write("services.json", "{\n  \"a\": { ]\n}\n");
        assertThatThrownBy(() -> reader.services(file))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ":2:10: ");
    }

    @Test
    void aWrongTypeIsReportedAtTheValue() throws IOException {
        Path file = write("infrastructure.yaml", "t1:\n  properties: [ 1, 2 ]\n");
        assertThatThrownBy(() -> reader.infrastructure(file))
                .isInstanceOf(ModelException.class)
                .hasMessage(file + ":2:15: value is a list while a set was expected");
    }

    @Test
    void aTargetMissingFromTheInfrastructureIsAnError() throws IOException {
        Path file = write("distribution.json", "{ \"s\": [ \"nowhere\" ] }");
        assertThatThrownBy(() -> reader.distribution(file, EXAMPLES.resolve("infrastructure.json")))
                .hasMessage(
                        file
                                + ":1:10: service 's' is mapped to target 'nowhere', which is not in the infrastructure model");
    }

    @Test
    void readsTheOriginalXmlForms() throws URISyntaxException {
        Path xml = Path.of(getClass().getResource("/xml/services.xml").toURI()).getParent();
        ServicesModel services = reader.services(xml.resolve("services.xml"));
        assertThat(services.services().get("testService2").dependsOn())
                .containsExactly("testService1");
        assertThat(
                        services.services()
                                .get("testService1")
                                .properties()
                                .get("requireZones")
                                .toPlain())
                .isEqualTo(List.of("US", "Asia"));
        Infrastructure infrastructure = reader.infrastructure(xml.resolve("infrastructure.xml"));
        assertThat(infrastructure.targets().get("testtarget1").numOfCores()).isEqualTo(4);
        assertThat(infrastructure.targets().get("testtarget2").numOfCores()).isEqualTo(1);
        assertThat(infrastructure.targets().get("testtarget1").containers().get("mysql-database"))
                .containsEntry("mysqlPort", 3306L);
        Distribution distribution =
                reader.distribution(
                        xml.resolve("distribution.xml"), xml.resolve("infrastructure.xml"));
        assertThat(distribution.mappings().get("testService1"))
                .containsExactly(Mapping.to("testtarget1"), new Mapping("testtarget2", "process"));
    }

    @Test
    void brokenXmlIsReportedWithItsPosition() throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("/xml/broken.xml").toURI());
        assertThatThrownBy(() -> reader.services(broken))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(broken + ":3:");
    }

    @Test
    void aWrittenDistributionReadsBackInEveryFormat() throws IOException {
        Distribution original =
                reader.distribution(
                        EXAMPLES.resolve("distribution.json"),
                        EXAMPLES.resolve("infrastructure.json"));
        for (DistributionWriter.Format format : DistributionWriter.Format.values()) {
            if (format == DistributionWriter.Format.NIX) {
                continue;
            }
            Path file =
                    write(
                            "out." + format.name().toLowerCase(java.util.Locale.ROOT),
                            DistributionWriter.write(original, format));
            Distribution back = reader.distribution(file, EXAMPLES.resolve("infrastructure.json"));
            assertThat(back.mappings()).as(format.name()).isEqualTo(original.mappings());
        }
    }

    @Test
    void writesTheNixFormOfTheOriginalSorted() {
        Distribution distribution =
                Distribution.of(
                        new java.util.TreeMap<>(
                                java.util.Map.of(
                                        "b", List.of(Mapping.to("t2")),
                                        "a",
                                                List.of(
                                                        Mapping.to("t1"),
                                                        new Mapping("t\"2", "process")))));
        assertThat(DistributionWriter.write(distribution, DistributionWriter.Format.NIX))
                .isEqualTo(
                        """
                {
                  "a" = [
                    "t1"
                    {
                      "target" = "t\\"2";
                      "container" = "process";
                    }
                  ];
                  "b" = [
                    "t2"
                  ];
                }
                """);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
