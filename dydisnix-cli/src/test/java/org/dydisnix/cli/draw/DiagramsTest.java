package org.dydisnix.cli.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.color.RecoloringSaturationDegreeColoring;
import org.dydisnix.graph.cut.IsolatingCutMultiwayCut;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.junit.jupiter.api.Test;

class DiagramsTest {

    private static final UndirectedGraph GRAPH =
            UndirectedGraph.builder()
                    .addEdge("app:a", "app:b", 1)
                    .addEdge("app:a", "host:t1", 4)
                    .addEdge("app:b", "host:t2", 4)
                    .build();

    @Test
    void withoutACutTheGraphIsPlainAndKeepsEveryEdge() {
        String dot = CutDiagram.of(GRAPH, Optional.empty()).toDot();
        assertThat(dot).doesNotContain("fillcolor").doesNotContain("style");
        assertThat(dot.lines().filter(line -> line.contains(" -- "))).hasSize(3);
        assertThat(dot).contains("\"host:t1\" [shape=\"box\"]");
    }

    @Test
    void aCutFillsEachSideAndLeavesOutTheEdgesItCuts() {
        Cut cut = new IsolatingCutMultiwayCut(GRAPH, List.of("host:t1", "host:t2")).getCut();
        String dot = CutDiagram.of(GRAPH, Optional.of(cut)).toDot();
        assertThat(dot).contains("style=\"filled\"").contains("fillcolor");
        assertThat(dot.lines().filter(line -> line.contains(" -- "))).hasSize(2);
        assertThat(dot).doesNotContain("\"app:a\" -- \"app:b\"");
    }

    @Test
    void aColoringLabelsEachServiceWithItsTargetAndAddsALegend() {
        UndirectedGraph services =
                UndirectedGraph.builder().addEdge("a", "b").addVertex("c").build();
        List<String> targets = List.of("t1", "t2", "t3");
        String plain = ColoringDiagram.of(services, targets, Optional.empty()).toDot();
        assertThat(plain).doesNotContain("legend").doesNotContain("t1");
        String resolved =
                ColoringDiagram.of(
                                services,
                                targets,
                                Optional.of(
                                        new RecoloringSaturationDegreeColoring(services, 3)
                                                .getColoring()))
                        .toDot();
        assertThat(resolved).contains("cluster_legend").contains("\"target t1\"");
        assertThat(resolved).contains("\"target t2\"").doesNotContain("\"target t3\"");
    }
}
