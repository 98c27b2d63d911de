package org.dydisnix.graph.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GraphvizAcceptanceTest {
    private static final List<String> NASTY =
            List.of(
                    "plain",
                    "with space",
                    "quote\"inside",
                    "back\\slash",
                    "trailing\\",
                    "\\N",
                    "new\nline",
                    "pipe|brace{}<>",
                    "Zürich → 東京",
                    "ctl\u0001char",
                    "",
                    "--",
                    "->",
                    "graph",
                    "node",
                    "\"\"",
                    ";",
                    "a=b",
                    "[x]");

    private static boolean dotAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, "dot").canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static String render(String dot) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream s = p.getInputStream()) {
            s.transferTo(out);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String svg = out.toString(StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(svg).isZero();
        assertThat(svg)
                .as("no warnings or errors")
                .doesNotContain("Warning")
                .doesNotContain("Error");
        return svg;
    }

    @Test
    void graphvizAcceptsNastyNamesInPlainAndRecordLabels() throws Exception {
        assumeTrue(dotAvailable(), "graphviz dot is not installed");
        DotGraph.Builder g =
                DotGraph.graph("nasty \"graph\"")
                        .nodeDefaults(DotAttributes.of("shape", "Mrecord"));
        DotSubgraph.Builder cluster = DotSubgraph.cluster("c|{x}");
        for (int i = 0; i < NASTY.size(); i++) {
            String name = NASTY.get(i);
            DotAttributes attrs =
                    DotAttributes.empty()
                            .withRaw(
                                    "label",
                                    Dot.recordLabel(
                                            Dot.recordField("f0", name),
                                            Dot.recordField("f1", "" + i)))
                            .with("style", "filled")
                            .with("fillcolor", ColorPalette.pastel().color(i * 3));
            if (i % 2 == 0) {
                g.node(name, attrs);
            } else {
                cluster.node(name, attrs);
            }
            if (i > 0) {
                g.edge(NASTY.get(i - 1), name, DotAttributes.of("label", name));
            }
        }
        g.subgraph(cluster.build());
        String svg = render(g.build().toDot());
        assertThat(svg).contains("<svg").contains("Zürich → 東京");
        long nodes = svg.lines().filter(l -> l.contains("class=\"node\"")).count();
        assertThat(nodes).isEqualTo(NASTY.size());
    }

    @Test
    void graphvizAcceptsDigraphWithNastyNames() throws Exception {
        assumeTrue(dotAvailable(), "graphviz dot is not installed");
        DotGraph.Builder g = DotGraph.digraph();
        for (int i = 1; i < NASTY.size(); i++) {
            g.edge(NASTY.get(i - 1), NASTY.get(i), DotAttributes.of("label", NASTY.get(i)));
        }
        String svg = render(g.build().toDot());
        long nodes = svg.lines().filter(l -> l.contains("class=\"node\"")).count();
        assertThat(nodes).isEqualTo(NASTY.size());
    }
}
