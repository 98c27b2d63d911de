package org.dydisnix.cli.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.XmlModelSource;
import org.dydisnix.nix.HostFunctions;
import org.dydisnix.nix.NixEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter library as a Nix model calls it: {@code filterDerivations}' semantics and the
 * original's {@code generate*XML} functions, whose XML reads back through the XML model reader.
 */
class FilterLibraryTest {
    private static final Path EXAMPLES =
            Path.of(System.getProperty("dydisnix.root", "..")).resolve("examples/qos");

    @TempDir Path work;

    private final NixEvaluator evaluator = new NixEvaluator(List.of());

    private int calls;

    private ModelNode call(String body) throws Exception {
        Path model = work.resolve("model" + calls++ + ".nix");
        Files.writeString(model, "{ filters }:\n" + body + "\n");
        ModelNode filters =
                new FilterLibrary(evaluator, new Explanation(), candidates -> candidates).filters();
        return HostFunctions.callModel(evaluator, model, Map.of("filters", filters));
    }

    private Path write(String name, ModelNode xml) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, xml.asString());
        return file;
    }

    @Test
    void filterDerivationsDropsPackagesDerivationsAndFunctionsAndKeepsWhatFailsUnforced()
            throws Exception {
        ModelNode services =
                call(
                        """
                        filters.filterDerivations rec {
                          s1 = {
                            name = "s1";
                            pkg = throw "never forced";
                            tool = derivation { name = "t"; system = "x"; builder = "/bin/sh"; };
                            configure = x: x;
                            broken = throw "forced only when used";
                            zone = "US";
                            nested = { inner = 1; };
                          };
                          s2 = { name = "s2"; dependsOn = { inherit s1; }; connectsTo = { other = s1; }; };
                        }""");
        assertThat(services.get("s1").attributes().keySet())
                .containsExactly("broken", "name", "nested", "zone");
        assertThatThrownBy(() -> services.get("s1").get("broken").asString())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("forced only when used");
        assertThat(services.get("s2").toPlain())
                .isEqualTo(
                        Map.of(
                                "name",
                                "s2",
                                "dependsOn",
                                List.of("s1"),
                                "connectsTo",
                                List.of("s1")));
    }

    @Test
    void generatedServicesXmlReadsBackAsTheServices() throws Exception {
        ModelNode xml =
                call(
                        """
                        filters.generateServicesXML (filters.filterDerivations rec {
                          s1 = { name = "s1"; type = "echo"; mem = 262144; zones = [ "US" "Asia" ];
                                 ratio = 0.5; stateful = true; limits = { cpu = 2; }; note = "a < b & \\"c\\""; };
                          s2 = { name = "s2"; dependsOn = { inherit s1; }; type = "echo"; };
                        })""");
        ModelNode read = new XmlModelSource().services(write("services.xml", xml), "{}");
        assertThat(read.get("s1").get("mem").asLong()).isEqualTo(262144L);
        assertThat(read.get("s1").get("zones").toPlain()).isEqualTo(List.of("US", "Asia"));
        assertThat(read.get("s1").get("stateful").asBoolean()).isTrue();
        assertThat(read.get("s1").get("limits").toPlain()).isEqualTo(Map.of("cpu", 2L));
        assertThat(read.get("s1").get("note").asString()).isEqualTo("a < b & \"c\"");
        assertThat(read.get("s2").get("dependsOn").toPlain()).isEqualTo(List.of("s1"));
        assertThat(xml.asString())
                .contains("<property name=\"ratio\" type=\"float\">0.5</property>")
                .contains("<property name=\"connectsTo\"/>");
    }

    @Test
    void generatedInfrastructureXmlReadsBackAsTheInfrastructure() throws Exception {
        ModelNode xml =
                call(
                        "filters.generateInfrastructureXML (import "
                                + EXAMPLES.resolve("infrastructure.nix").toAbsolutePath()
                                + " // { t3 = { properties.hostname = \"t3\"; system = \"x86_64-linux\";"
                                + " numOfCores = 4; containers.mysql-database.mysqlPort = 3306; }; })");
        ModelNode read = new XmlModelSource().infrastructure(write("infrastructure.xml", xml));
        ModelNode original =
                evaluator.evaluateFile(EXAMPLES.resolve("infrastructure.nix").toAbsolutePath());
        assertThat(read.get("testtarget1").get("properties").toPlain())
                .isEqualTo(original.get("testtarget1").get("properties").toPlain());
        assertThat(read.get("t3").get("numOfCores").asLong()).isEqualTo(4L);
        assertThat(read.get("t3").get("system").asString()).isEqualTo("x86_64-linux");
        assertThat(read.get("t3").get("containers").toPlain())
                .isEqualTo(Map.of("mysql-database", Map.of("mysqlPort", 3306L)));
        assertThat(xml.asString()).startsWith("<?xml").contains("<infrastructure version=\"2\">");
    }

    @Test
    void generatedDistributionXmlReadsBackAsTheDistribution() throws Exception {
        ModelNode xml =
                call(
                        "filters.generateDistributionXML { s1 = [ \"t1\" \"t2\" ];"
                                + " s2 = [ { target = \"t2\"; container = \"process\"; } ]; }");
        ModelNode read =
                new XmlModelSource().distribution(write("distribution.xml", xml), null, "{}");
        assertThat(read.get("s1").toPlain())
                .isEqualTo(List.of(Map.of("target", "t1"), Map.of("target", "t2")));
        assertThat(read.get("s2").elements().get(0).toPlain())
                .isEqualTo(Map.of("target", "t2", "container", "process"));
    }

    @Test
    void generatedIdResourcesIdsAndDocsXmlHaveTheOriginalsShapes() throws Exception {
        assertThat(
                        call("filters.generateIdResourcesXML { uids = { min = 2000; max = 3000; scope = \"global\"; }; }")
                                .asString())
                .isEqualTo(
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <resources>
                          <resource name="uids">
                            <min>2000</min>
                            <max>3000</max>
                            <scope>global</scope>
                          </resource>
                        </resources>
                        """);
        assertThat(
                        call("filters.generateIdsXML { ids.uids = { s1 = 2000; }; lastAssignments.uids = 2000; }")
                                .asString())
                .contains("<resource name=\"uids\">")
                .contains("<assignment name=\"s1\">2000</assignment>")
                .contains("<lastAssignments>");
        Path docs = work.resolve("docs.xml");
        Files.writeString(
                docs,
                call("""
                                filters.generateDocsXML {
                                  groups = { services = "Services"; "services/logging" = "Logging"; };
                                  fields = [ "type" "description" ];
                                  descriptions = { type = "Type"; description = "Description"; };
                                }""")
                        .asString());
        ModelNode read = new XmlModelSource().data(docs);
        assertThat(read.get("groups").toPlain())
                .isEqualTo(Map.of("services", "Services", "services/logging", "Logging"));
        assertThat(Files.readString(docs))
                .contains("<field>type</field>")
                .contains("<type>Type</type>");
    }

    @Test
    void aDescriptionThatCannotBeAnElementNameIsRefused() {
        assertThatThrownBy(
                        () ->
                                call("filters.generateDocsXML { descriptions = { \"a b\" = \"x\"; }; }")
                                        .asString())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("generateDocsXML: 'a b' cannot be an XML element name");
    }

    @Test
    void generatePortsXmlSaysWhatReplacedIt() {
        assertThatThrownBy(() -> call("filters.generatePortsXML {}").asString())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("use filters.generateIdsXML");
    }
}
