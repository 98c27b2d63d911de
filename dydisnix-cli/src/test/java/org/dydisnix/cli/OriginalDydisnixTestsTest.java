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

    private static final String S1 = "services-with-ids.nix";
    private static final String S2 = "services-with-ids2.nix";
    private static final String GLOBAL = "idresources-global.nix";
    private static final String OTHER = "idresources-differentresource.nix";
    private static final String MACHINE = "idresources-machine.nix";

    /** A port the step does not check. */
    private static final String ANY = "*";

    /**
     * One {@code id-assign} run of tests/idassign.nix: without a distribution file it runs without
     * {@code -i}/{@code -d}; {@code withIds} passes the ids.nix of the earlier steps; with {@code
     * xml} it writes ids.xml and checks the ports of testService1..3 (null: none assigned), else it
     * writes ids.nix.
     */
    private record Step(
            String services,
            String distribution,
            String resources,
            boolean withIds,
            boolean xml,
            String... ports) {}

    private static final List<Step> IDASSIGN =
            List.of(
                    new Step(S1, "distribution.nix", GLOBAL, false, true, "3000", "3001", "3002"),
                    new Step(S1, "distribution.nix", GLOBAL, false, false),
                    new Step(S1, "distribution.nix", GLOBAL, true, true, "3000", "3001", "3002"),
                    new Step(S2, "distribution2.nix", GLOBAL, true, true, null, "3001", "3002"),
                    new Step(S2, "distribution2.nix", GLOBAL, true, false),
                    new Step(S1, "distribution.nix", GLOBAL, true, true, "3003", "3001", "3002"),
                    new Step(S1, "distribution.nix", GLOBAL, true, false),
                    new Step(S1, "distribution.nix", OTHER, true, true, null, null, null),
                    new Step(S1, "distribution2.nix", MACHINE, false, true, ANY, "3000", "3001"),
                    new Step(S1, "distribution3.nix", MACHINE, false, true, ANY, "3000", "3000"),
                    new Step(S1, null, GLOBAL, false, true, "3000", "3001", "3002"),
                    new Step(S1, null, GLOBAL, false, false),
                    new Step(
                            S1,
                            null,
                            "idresources-global-different-boundaries.nix",
                            true,
                            true,
                            "3000",
                            "2000",
                            "2001"),
                    new Step(S1, null, OTHER, true, true, null, null, null));

    @Test
    void idassign() throws Exception {
        String xml = ids("ids.xml");
        String nix = ids("ids.nix");
        for (Step step : IDASSIGN) {
            List<String> args = new ArrayList<>(List.of("id-assign", "-s", m(step.services())));
            if (step.distribution() != null) {
                args.addAll(List.of("-i", m("infrastructure.nix"), "-d", m(step.distribution())));
            }
            args.addAll(List.of("--id-resources", m(step.resources())));
            if (step.withIds()) {
                args.addAll(List.of("--ids", nix));
            }
            if (step.xml()) {
                args.add("--output-xml");
            }
            args.addAll(List.of("--output-file", step.xml() ? xml : nix));
            String command = String.join(" ", args);
            assertThat(run(args.toArray(String[]::new))).as(command).isZero();
            for (int i = 0; i < step.ports().length; i++) {
                if (!ANY.equals(step.ports()[i])) {
                    assertThat(port("testService" + (i + 1)))
                            .as(command)
                            .isEqualTo(step.ports()[i]);
                }
            }
        }
        assertThat(xpath("/ids/lastAssignments/assignment[@name='ports']/text()")).isNull();

        assertThat(
                        run(
                                "id-assign",
                                "-s",
                                m(S1),
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
