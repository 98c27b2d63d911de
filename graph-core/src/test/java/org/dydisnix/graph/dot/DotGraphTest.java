package org.dydisnix.graph.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.color.SaturationDegreeColoring;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.junit.jupiter.api.Test;

class DotGraphTest {
    @Test
    void quoteEscapesBackslashQuoteAndLineBreaks() {
        assertThat(Dot.quote("plain")).isEqualTo("\"plain\"");
        assertThat(Dot.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(Dot.quote("C:\\dir\\")).isEqualTo("\"C:\\\\dir\\\\\"");
        assertThat(Dot.quote("a\nb\r\nc\rd")).isEqualTo("\"a\\nb\\nc\\nd\"");
        assertThat(Dot.quote("\\N")).isEqualTo("\"\\\\N\"");
        assertThat(Dot.quote("")).isEqualTo("\"\"");
    }

    @Test
    void quoteKeepsNonAsciiAndReplacesControlCharacters() {
        assertThat(Dot.quote("Zürich → 東京")).isEqualTo("\"Zürich → 東京\"");
        assertThat(Dot.quote("a\u0001b\u007f\tc")).isEqualTo("\"a\u2401b\u2421\tc\"");
    }

    @Test
    void recordFieldsEscapeRecordSyntax() {
        assertThat(Dot.recordField("a|b{c}<d>\\e")).isEqualTo("a\\|b\\{c\\}\\<d\\>\\\\e");
        assertThat(Dot.recordField("f0", "svc|x")).isEqualTo("<f0> svc\\|x");
        assertThat(Dot.recordLabel(Dot.recordField("f0", "web"), Dot.recordField("f1", "1")))
                .isEqualTo("<f0> web|<f1> 1");
        assertThat(Dot.quoteRaw("a\\|b \"q\"")).isEqualTo("\"a\\|b \\\"q\\\"\"");
        assertThat(Dot.quoteRaw("dangling\\")).isEqualTo("\"dangling\\\\\"");
    }

    @Test
    void attributesKeepOrderAndReplaceInPlace() {
        DotAttributes a =
                DotAttributes.of("label", "x", "shape", "box")
                        .with("color", "red")
                        .with("label", "y");
        assertThat(a).hasToString("[label=\"y\", shape=\"box\", color=\"red\"]");
        assertThat(DotAttributes.of("odd key", "v")).hasToString("[\"odd key\"=\"v\"]");
        assertThatThrownBy(() -> DotAttributes.of("", "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undirectedGraphGolden() {
        DotGraph g =
                DotGraph.graph()
                        .nodeDefaults(DotAttributes.of("shape", "Mrecord"))
                        .node("testService1", DotAttributes.of("label", "testService1"))
                        .node(
                                "testService2",
                                DotAttributes.empty()
                                        .withRaw(
                                                "label",
                                                Dot.recordLabel(
                                                        Dot.recordField("f0", "testService2"),
                                                        Dot.recordField("f1", "1"))))
                        .edge("testService1", "testService2")
                        .build();
        assertThat(g.toDot())
                .isEqualTo(
                        """
            graph {
              node [shape="Mrecord"];
              "testService1" [label="testService1"];
              "testService2" [label="<f0> testService2|<f1> 1"];
              "testService1" -- "testService2";
            }
            """);
    }

    @Test
    void directedGraphWithNestedClustersGolden() {
        DotSubgraph inner =
                DotSubgraph.cluster("inner \"q\"").attribute("label", "Inner").node("x\\y").build();
        DotSubgraph outer =
                DotSubgraph.cluster("outer")
                        .attribute("style", "filled")
                        .graphDefaults(
                                DotAttributes.of("fillcolor", ColorPalette.pastel().color(0)))
                        .node("a")
                        .subgraph(inner)
                        .build();
        DotGraph g =
                DotGraph.digraph("deps")
                        .attribute("rankdir", "LR")
                        .edgeDefaults(DotAttributes.of("color", "gray"))
                        .subgraph(outer)
                        .edge("a", "x\\y", DotAttributes.of("label", "line1\nline2"))
                        .build();
        assertThat(g.toDot())
                .isEqualTo(
                        """
            digraph "deps" {
              rankdir="LR";
              edge [color="gray"];
              subgraph "cluster_outer" {
                style="filled";
                graph [fillcolor="#8dd3c7"];
                "a";
                subgraph "cluster_inner \\"q\\"" {
                  label="Inner";
                  "x\\\\y";
                }
              }
              "a" -> "x\\\\y" [label="line1\\nline2"];
            }
            """);
    }

    @Test
    void colouredGraphGolden() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addEdge("web", "db|main", 2)
                        .addEdge("db|main", "cache")
                        .addEdge("cache", "web")
                        .build();
        Coloring c = new SaturationDegreeColoring(g).getColoring();
        ColorPalette palette = ColorPalette.pastel();
        String dot =
                DotGraph.graph()
                        .nodeDefaults(DotAttributes.of("shape", "Mrecord", "style", "filled"))
                        .nodesAndEdges(
                                g,
                                v ->
                                        DotAttributes.empty()
                                                .withRaw(
                                                        "label",
                                                        Dot.recordLabel(
                                                                Dot.recordField("f0", v),
                                                                Dot.recordField(
                                                                        "f1", "" + c.colorOf(v))))
                                                .with("fillcolor", palette.color(c.colorOf(v))),
                                e -> DotAttributes.of("weight", String.valueOf((int) e.weight())))
                        .build()
                        .toDot();
        assertThat(dot)
                .isEqualTo(
                        """
            graph {
              node [shape="Mrecord", style="filled"];
              "web" [label="<f0> web|<f1> 0", fillcolor="#8dd3c7"];
              "db|main" [label="<f0> db\\|main|<f1> 1", fillcolor="#ffffb3"];
              "cache" [label="<f0> cache|<f1> 2", fillcolor="#bebada"];
              "web" -- "db|main" [weight="2"];
              "db|main" -- "cache" [weight="1"];
              "cache" -- "web" [weight="1"];
            }
            """);
    }

    @Test
    void paletteIsDeterministicAndDistinct() {
        ColorPalette palette = ColorPalette.pastel();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            String c = palette.color(i);
            assertThat(c).matches("#[0-9a-f]{6}");
            assertThat(seen.add(c)).as("colour %d is new", i).isTrue();
            assertThat(palette.color(i)).isEqualTo(c);
        }
        assertThat(palette.colors(3)).containsExactly("#8dd3c7", "#ffffb3", "#bebada");
        assertThatThrownBy(() -> palette.color(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
