package org.dydisnix.cli.draw;

import java.util.Map;
import java.util.stream.Collectors;
import org.dydisnix.graph.dot.Dot;
import org.dydisnix.graph.dot.DotAttributes;
import org.dydisnix.graph.dot.DotGraph;
import org.dydisnix.graph.dot.DotSubgraph;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.Target;

/**
 * The diagram of an infrastructure model: a cluster per target holding a cluster of its containers.
 */
public final class InfrastructureDiagram {

    private InfrastructureDiagram() {}

    /** The diagram; with {@code properties} each target also shows a record of its properties. */
    public static DotGraph of(Infrastructure infrastructure, boolean properties) {
        DotGraph.Builder dot = DotGraph.digraph("G");
        for (Target target : infrastructure.targets().values()) {
            DotSubgraph.Builder containers =
                    DotSubgraph.cluster("container_" + target.key())
                            .attribute("style", "filled")
                            .attribute("label", "containers")
                            .attribute("fillcolor", "#666666")
                            .nodeDefaults(
                                    DotAttributes.of("shape", "record", "style", "filled")
                                            .with("color", "#000000")
                                            .with("fillcolor", "#ffffff"));
            if (target.containers().isEmpty()) {
                containers.node(
                        target.key() + ":", DotAttributes.of("label", "(no defined containers)"));
            }
            target.containers()
                    .keySet()
                    .forEach(
                            container ->
                                    containers.node(
                                            target.key() + ":" + container,
                                            DotAttributes.of("label", container)));
            DotSubgraph.Builder cluster =
                    DotSubgraph.cluster("target_" + target.key())
                            .attribute("style", "filled")
                            .attribute("label", target.key())
                            .attribute("fillcolor", "#bebebe");
            if (properties) {
                cluster.node(
                        target.key() + ":properties",
                        DotAttributes.of("shape", "record", "style", "filled")
                                .with("fillcolor", "#ffffe0")
                                .withRaw("label", "{" + propertyFields(target) + "}"));
            }
            dot.subgraph(cluster.subgraph(containers.build()).build());
        }
        return dot.build();
    }

    private static String propertyFields(Target target) {
        Map<String, Object> shown = new java.util.TreeMap<>(target.properties());
        if (target.system() != null) {
            shown.put("system", target.system());
        }
        shown.put("numOfCores", target.numOfCores());
        return shown.entrySet().stream()
                .map(entry -> Dot.recordField(entry.getKey() + " = " + entry.getValue()))
                .collect(Collectors.joining("|"));
    }
}
