package org.dydisnix.graph.flow;

import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.MaximumFlow;

class DinicMaximumFlowTest extends BaseMaximumFlowTest {
    @Override
    MaximumFlow algorithm(UndirectedGraph graph) {
        return new DinicMaximumFlow(graph);
    }
}
