package org.dydisnix.cli.plan;

import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;

/** Builds the graphs of the planning problems from typed models. */
public final class ServiceGraphs {

    private ServiceGraphs() {}

    /**
     * Services as vertices (sorted by key), each dependsOn/connectsTo relation as one undirected
     * edge.
     */
    public static UndirectedGraph interDependencies(ServicesModel model) {
        UndirectedGraph.Builder builder = UndirectedGraph.builder();
        model.services().keySet().forEach(builder::addVertex);
        for (Service service : model.services().values()) {
            for (String dependency : service.dependencies()) {
                link(builder, service.key(), dependency);
            }
        }
        return builder.build();
    }

    private static void link(UndirectedGraph.Builder builder, String service, String dependency) {
        if (!service.equals(dependency)) {
            builder.addEdge(service, dependency);
        }
    }
}
