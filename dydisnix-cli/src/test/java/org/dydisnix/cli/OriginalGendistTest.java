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
 * The original dydisnix's {@code tests/gendist.nix} on that repository's own {@code tests/models}
 * and {@code tests/models/qos/*.nix}, each expectation as its xpath checks it. The repository is
 * not vendored: set {@code DYDISNIX_ORIGINAL_REPO} to a checkout of svanderburg/dydisnix (otherwise
 * skipped). Its filter-buildable case needs nixpkgs' stdenv and is covered by the {@code
 * gendist-filter-buildable*} acceptance cases on models of ours with the same content.
 */
class OriginalGendistTest {
    private static final Path ROOT =
            Path.of(System.getProperty("dydisnix.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES =
            List.of("testService1", "testService2", "testService3");

    @TempDir Path work;

    private Path models;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void checkout() {
        String dir = System.getenv("DYDISNIX_ORIGINAL_REPO");
        Assumptions.assumeTrue(
                dir != null && Files.isDirectory(Path.of(dir, "tests", "models", "qos")),
                "DYDISNIX_ORIGINAL_REPO does not name a checkout of the original dydisnix; skipped");
        models = Path.of(dir, "tests", "models");
    }

    private int gendist(String infrastructure, String qos, String... rest) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "gendist",
                                "-s",
                                models.resolve("services.nix").toString(),
                                "-i",
                                models.resolve(infrastructure).toString(),
                                "-q",
                                models.resolve("qos").resolve(qos).toString(),
                                "--output-xml",
                                "-o",
                                work.resolve("result").toString()));
        args.addAll(List.of(rest));
        var commandLine = Dydisnix.commandLine(args.toArray(String[]::new));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args.toArray(String[]::new));
    }

    /** The targets of a service's mappings in the result, in order. */
    private List<String> targets(String service) throws Exception {
        Document document =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(work.resolve("result").toFile());
        NodeList nodes =
                (NodeList)
                        XPathFactory.newInstance()
                                .newXPath()
                                .evaluate(
                                        "/distribution/service[@name='"
                                                + service
                                                + "']/mapping/target",
                                        document,
                                        XPathConstants.NODESET);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            targets.add(nodes.item(i).getTextContent());
        }
        return targets;
    }

    private void expect(String qos, String infrastructure, List<List<String>> perService)
            throws Exception {
        assertThat(gendist(infrastructure, qos)).as(qos + ": " + err).isZero();
        for (int i = 0; i < SERVICES.size(); i++) {
            assertThat(targets(SERVICES.get(i)))
                    .as(qos + " on " + infrastructure + ": " + SERVICES.get(i))
                    .isEqualTo(perService.get(i));
        }
    }

    private static List<List<String>> each(List<String> targets) {
        return List.of(targets, targets, targets);
    }

    private static List<String> t(String... targets) {
        return List.of(targets);
    }

    @Test
    void filtersNarrowAndOrderTheCandidates() throws Exception {
        expect(
                "qos-mapattronattr.nix",
                "infrastructure.nix",
                List.of(t("testtarget1"), t("testtarget1"), t("testtarget2")));
        expect(
                "qos-mapattronlist.nix",
                "infrastructure.nix",
                each(t("testtarget1", "testtarget2")));
        expect(
                "qos-maplistonattr.nix",
                "infrastructure.nix",
                List.of(t("testtarget1"), t("testtarget2"), t("testtarget1", "testtarget2")));
        expect("qos-order.nix", "infrastructure.nix", each(t("testtarget2", "testtarget1")));
    }

    @Test
    void divideStrategiesPlaceByCapacityAndFailUnderCapacity() throws Exception {
        expect(
                "qos-greedy.nix",
                "infrastructure.nix",
                List.of(t("testtarget1"), t("testtarget1"), t("testtarget2")));
        expect(
                "qos-highest-bidder.nix",
                "infrastructure.nix",
                List.of(t("testtarget2"), t("testtarget1"), t("testtarget2")));
        expect(
                "qos-lowest-bidder.nix",
                "infrastructure.nix",
                List.of(t("testtarget1"), t("testtarget1"), t("testtarget2")));
        for (String qos :
                List.of("qos-greedy.nix", "qos-highest-bidder.nix", "qos-lowest-bidder.nix")) {
            assertThat(gendist("infrastructure-undercapacity.nix", qos)).as(qos).isEqualTo(1);
        }
    }

    @Test
    void roundRobinMinsetcoverMultiwaycutAndGraphcolDecide() throws Exception {
        expect(
                "qos-roundrobin.nix",
                "infrastructure.nix",
                List.of(t("testtarget1"), t("testtarget2"), t("testtarget1")));
        expect("qos-minsetcover.nix", "infrastructure.nix", each(t("testtarget1")));
        expect(
                "qos-minsetcover2.nix",
                "infrastructure.nix",
                List.of(t("testtarget1"), t("testtarget1"), t("testtarget2")));
        expect("qos-multiwaycut.nix", "infrastructure.nix", each(t("testtarget1")));
        expect("qos-multiwaycut.nix", "infrastructure-3.nix", each(t("testtarget1")));
        expect(
                "qos-graphcol.nix",
                "infrastructure-3.nix",
                List.of(t("testtarget1"), t("testtarget2"), t("testtarget3")));
        assertThat(gendist("infrastructure.nix", "qos-graphcol.nix")).isEqualTo(1);
    }

    @Test
    void previousDistributionKeepsStatefulAndBoundServices() throws Exception {
        String profiles = ROOT.resolve("examples/qos/profiles").toString();
        assertThat(gendist("infrastructure.nix", "qos-firsttargets.nix")).isZero();
        List<String> first = targets("testService1");
        assertThat(first).containsExactly("testtarget1");
        assertThat(
                        gendist(
                                "infrastructure.nix",
                                "qos-mapstatefultoprevious.nix",
                                "--coordinator-profile-path",
                                profiles))
                .isZero();
        assertThat(targets("testService1")).containsExactly("testtarget1");
        assertThat(targets("testService2")).containsExactly("testtarget1", "testtarget2");
        assertThat(targets("testService3")).containsExactly("testtarget1", "testtarget2");
        assertThat(
                        gendist(
                                "infrastructure.nix",
                                "qos-mapboundservicestoprevious.nix",
                                "--coordinator-profile-path",
                                profiles))
                .isZero();
        for (String service : SERVICES) {
            assertThat(targets(service)).containsExactly("testtarget1");
        }
    }

    @Test
    void theCustomClearFilterReturningAFunctionIsRefused() {
        Path lib =
                ROOT.resolve(
                        "src/test/acceptance/gendist-custom-filter-clear/nixpkgs-with-a-small-lib");
        assertThat(
                        gendist(
                                "infrastructure.nix",
                                "qos-clear.nix",
                                "-F",
                                models.resolve("qos/customfilters.nix").toString(),
                                "-I",
                                "nixpkgs=" + lib))
                .isEqualTo(1);
        assertThat(err.toString()).contains("a function");
    }
}
