package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class VisualizeBatchTest {
    private static final Path GROUPED = Path.of("../examples/grouped/services.json");

    @TempDir Path out;

    private int run(String... args) {
        var commandLine = Dydisnix.commandLine();
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    private List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void batchSvgPicturesParseAndHaveASize() throws Exception {
        assertThat(
                        run(
                                "visualize-services",
                                "-s",
                                GROUPED.toString(),
                                "--batch",
                                "--output-dir",
                                out.toString(),
                                "-f",
                                "svg"))
                .isZero();
        List<Path> pictures = files(".svg");
        assertThat(pictures)
                .extracting(p -> out.relativize(p).toString())
                .containsExactly(
                        "diagram.dot.svg",
                        "services/diagram.dot.svg",
                        "services/logging/diagram.dot.svg",
                        "services/reporting/diagram.dot.svg");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path picture : pictures) {
            Element svg = factory.newDocumentBuilder().parse(picture.toFile()).getDocumentElement();
            assertThat(svg.getTagName()).isEqualTo("svg");
            assertThat(Double.parseDouble(svg.getAttribute("width").replaceAll("[a-z]+$", "")))
                    .isPositive();
        }
        String index = Files.readString(out.resolve("index.html"));
        pictures.forEach(p -> assertThat(index).contains("href=\"" + out.relativize(p) + "\""));
    }

    @Test
    void batchPngPicturesDecodeWithADimension() throws Exception {
        assertThat(
                        run(
                                "visualize-services",
                                "-s",
                                GROUPED.toString(),
                                "--batch",
                                "--output-dir",
                                out.toString(),
                                "-f",
                                "png"))
                .isZero();
        List<Path> pictures = files(".png");
        assertThat(pictures).hasSize(4);
        for (Path picture : pictures) {
            BufferedImage image = ImageIO.read(picture.toFile());
            assertThat(image.getWidth()).isPositive();
            assertThat(image.getHeight()).isPositive();
        }
    }
}
