package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The original dydisnix's {@code tests/idassign.nix} and {@code tests/docs.nix}, step by step on
 * that repository's own models, with each of its assertions. The repository is not vendored: set
 * {@code DYDISNIX_ORIGINAL_REPO} to a checkout of svanderburg/dydisnix (otherwise skipped).
 */
class OriginalDydisnixTestsTest {
    @TempDir Path work;

    private Path models;
    private Path visualize;

    @BeforeEach
    void checkout() {
        String dir = System.getenv("DYDISNIX_ORIGINAL_REPO");
        Assumptions.assumeTrue(
                dir != null && Files.isDirectory(Path.of(dir, "tests", "models")),
                "DYDISNIX_ORIGINAL_REPO does not name a checkout of the original dydisnix; skipped");
        models = Path.of(dir, "tests", "models");
        visualize = Path.of(dir, "tests", "visualize");
    }

    private int run(String... args) {
        var commandLine = Dydisnix.commandLine(args);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void assign(String services, String distribution, String resources, String... rest) {
        List<String> args = new ArrayList<>(List.of("id-assign", "-s", m(services)));
        if (distribution != null) {
            args.addAll(List.of("-i", m("infrastructure.nix"), "-d", m(distribution)));
        }
        args.addAll(List.of("--id-resources", m(resources)));
        args.addAll(List.of(rest));
        assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
    }

    private String m(String file) {
        return models.resolve(file).toString();
    }

    private String ids(String file) {
        return work.resolve(file).toString();
    }

    /** The text of the xpath in ids.xml, or null when it selects nothing (xmllint fails). */
    private String xpath(String expression) throws Exception {
        Document document =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(work.resolve("ids.xml").toFile());
        NodeList nodes =
                (NodeList)
                        XPathFactory.newInstance()
                                .newXPath()
                                .evaluate(expression, document, XPathConstants.NODESET);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private String port(String service) throws Exception {
        return xpath("/ids/ids/resource[@name='ports']/assignment[@name='" + service + "']/text()");
    }

    @Test
    void idassign() throws Exception {
        String xml = ids("ids.xml");
        String nix = ids("ids.nix");
        assign(
                "services-with-ids.nix",
                "distribution.nix",
                "idresources-global.nix",
                "--output-xml",
                "--output-file",
                xml);
        assertThat(List.of(port("testService1"), port("testService2"), port("testService3")))
                .containsExactly("3000", "3001", "3002");
        assign(
                "services-with-ids.nix",
                "distribution.nix",
                "idresources-global.nix",
                "--output-file",
                nix);
        assign(
                "services-with-ids.nix",
                "distribution.nix",
                "idresources-global.nix",
                "--ids",
                nix,
                "--output-xml",
                "--output-file",
                xml);
        assertThat(List.of(port("testService1"), port("testService2"), port("testService3")))
                .containsExactly("3000", "3001", "3002");

        assign(
                "services-with-ids2.nix",
                "distribution2.nix",
                "idresources-global.nix",
                "--ids",
                nix,
                "--output-xml",
                "--output-file",
                xml);
        assertThat(port("testService1")).isNull();
        assertThat(port("testService2")).isEqualTo("3001");
        assertThat(port("testService3")).isEqualTo("3002");
        assign(
                "services-with-ids2.nix",
                "distribution2.nix",
                "idresources-global.nix",
                "--ids",
                nix,
                "--output-file",
                nix);

        assign(
                "services-with-ids.nix",
                "distribution.nix",
                "idresources-global.nix",
                "--ids",
                nix,
                "--output-xml",
                "--output-file",
                xml);
        assertThat(List.of(port("testService1"), port("testService2"), port("testService3")))
                .containsExactly("3003", "3001", "3002");
        assign(
                "services-with-ids.nix",
                "distribution.nix",
                "idresources-global.nix",
                "--ids",
                nix,
                "--output-file",
                nix);

        assign(
                "services-with-ids.nix",
                "distribution.nix",
                "idresources-differentresource.nix",
                "--ids",
                nix,
                "--output-xml",
                "--output-file",
                xml);
        assertThat(port("testService1")).isNull();
        assertThat(port("testService2")).isNull();
        assertThat(port("testService3")).isNull();

        assign(
                "services-with-ids.nix",
                "distribution2.nix",
                "idresources-machine.nix",
                "--output-xml",
                "--output-file",
                xml);
        assertThat(port("testService2")).isEqualTo("3000");
        assertThat(port("testService3")).isEqualTo("3001");

        assign(
                "services-with-ids.nix",
                "distribution3.nix",
                "idresources-machine.nix",
                "--output-xml",
                "--output-file",
                xml);
        assertThat(port("testService2")).isEqualTo("3000");
        assertThat(port("testService3")).isEqualTo("3000");

        assign(
                "services-with-ids.nix",
                null,
                "idresources-global.nix",
                "--output-xml",
                "--output-file",
                xml);
        assertThat(List.of(port("testService1"), port("testService2"), port("testService3")))
                .containsExactly("3000", "3001", "3002");
        assign("services-with-ids.nix", null, "idresources-global.nix", "--output-file", nix);

        assign(
                "services-with-ids.nix",
                null,
                "idresources-global-different-boundaries.nix",
                "--ids",
                nix,
                "--output-xml",
                "--output-file",
                xml);
        assertThat(List.of(port("testService1"), port("testService2"), port("testService3")))
                .containsExactly("3000", "2000", "2001");

        assign(
                "services-with-ids.nix",
                null,
                "idresources-differentresource.nix",
                "--ids",
                nix,
                "--output-xml",
                "--output-file",
                xml);
        assertThat(port("testService1")).isNull();
        assertThat(port("testService2")).isNull();
        assertThat(port("testService3")).isNull();
        assertThat(xpath("/ids/lastAssignments/assignment[@name='ports']/text()")).isNull();

        assertThat(
                        run(
                                "id-assign",
                                "-s",
                                m("services-with-ids.nix"),
                                "--id-resources",
                                m("idresources-global-small.nix"),
                                "--ids",
                                nix,
                                "--output-xml",
                                "--output-file",
                                xml))
                .isEqualTo(1);
    }

    @Test
    void docs() throws Exception {
        String services = visualize.resolve("services.nix").toString();
        Path out1 = work.resolve("out1");
        Path out2 = work.resolve("out2");
        assertThat(
                        run(
                                "document-services",
                                "--batch",
                                "-s",
                                services,
                                "-f",
                                "svg",
                                "--output-dir",
                                out1.toString()))
                .isZero();
        assertThat(
                        run(
                                "document-services",
                                "--batch",
                                "-s",
                                services,
                                "--docs",
                                visualize.resolve("docs.nix").toString(),
                                "-f",
                                "svg",
                                "--output-dir",
                                out2.toString()))
                .isZero();
        for (Path out : List.of(out1, out2)) {
            for (String page :
                    List.of(
                            "index.html",
                            "services/index.html",
                            "services/logging/index.html",
                            "services/reporting/index.html")) {
                assertThat(Files.readString(out.resolve(page)))
                        .contains("<svg")
                        .contains("</html>");
            }
        }
        assertThat(Files.readString(out2.resolve("services/logging/index.html")))
                .contains("<h1>Logging</h1>")
                .contains("<th>Type</th><th>Description</th>");
        Path dot = work.resolve("out.dot");
        assertThat(
                        run(
                                "visualize-infra",
                                "-i",
                                visualize.resolve("infrastructure.nix").toString(),
                                "-o",
                                dot.toString()))
                .isZero();
    }
}
