package org.dydisnix.cli.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.cut.ExactMultiwayCut;
import org.dydisnix.graph.cut.IsolatingCutMultiwayCut;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;

/**
 * Plans a distribution by multiway cut: services and their candidate targets form a weighted graph
 * ({@code app:<service>} and {@code host:<target>} vertices; weight 1 per inter-dependency, n² per
 * candidate placement), and a cut that separates the targets keeps connected services together.
 */
public final class MultiwayCutPlanner {
    /** The prefix of service vertices. */
    public static final String APP = "app:";

    /** The prefix of target vertices. */
    public static final String HOST = "host:";

    private final Distribution candidates;
    private final UndirectedGraph graph;
    private final List<String> terminals;
    private final Map<String, Set<String>> allowed = new TreeMap<>();
    private final long hostWeight;

    public MultiwayCutPlanner(ServicesModel services, Distribution candidates) {
        this.candidates = candidates;
        for (String service : candidates.mappings().keySet()) {
            if (!services.services().containsKey(service)) {
                throw new ModelException(
                        candidates.positionOf(service),
                        "service '"
                                + service
                                + "' of the distribution model is not in the services model");
            }
            if (candidates.mappings().get(service).isEmpty()) {
                throw new ModelException(
                        candidates.positionOf(service),
                        "service '"
                                + service
                                + "' has no candidate targets in the distribution model");
            }
        }
        Set<String> targets = new TreeSet<>();
        candidates
                .mappings()
                .values()
                .forEach(mappings -> mappings.forEach(m -> targets.add(m.target())));
        long apps = candidates.mappings().size();
        this.hostWeight = Math.max(1, apps * apps);
        UndirectedGraph.Builder builder = UndirectedGraph.builder();
        candidates.mappings().keySet().forEach(service -> builder.addVertex(APP + service));
        targets.forEach(target -> builder.addVertex(HOST + target));
        for (String key : candidates.mappings().keySet()) {
            Service service = services.services().get(key);
            for (String dependency : service.dependencies()) {
                if (!dependency.equals(key) && candidates.mappings().containsKey(dependency)) {
                    builder.addEdge(APP + key, APP + dependency, 1.0);
                }
            }
        }
        candidates
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            Set<String> hosts = new LinkedHashSet<>();
                            mappings.forEach(mapping -> hosts.add(HOST + mapping.target()));
                            hosts.forEach(host -> builder.addEdge(APP + service, host, hostWeight));
                            allowed.put(APP + service, hosts);
                        });
        this.graph = builder.build();
        this.terminals = targets.stream().map(target -> HOST + target).toList();
    }

    /** The problem graph. */
    public UndirectedGraph graph() {
        return graph;
    }

    /** The weight of a service–target edge (n², n the number of services). */
    public long hostWeight() {
        return hostWeight;
    }

    /** The target vertices in sorted key order. */
    public List<String> terminals() {
        return terminals;
    }

    /**
     * Solves with the isolating-cut approximation, or exactly when asked (small systems only).
     * Without any candidate target (an empty distribution model) the cut is empty: no vertex, no
     * terminal, weight 0.
     */
    public Cut cut(boolean exact) {
        if (terminals.isEmpty()) {
            return new Cut(graph, terminals, new int[0], true);
        }
        if (exact) {
            try {
                return new ExactMultiwayCut(
                                graph,
                                terminals,
                                allowed,
                                ExactMultiwayCut.DEFAULT_MAX_NON_TERMINALS)
                        .getCut();
            } catch (IllegalArgumentException e) {
                throw new PlanningException("--exact: " + e.getMessage());
            }
        }
        return new IsolatingCutMultiwayCut(graph, terminals, allowed).getCut();
    }

    /** The distribution that maps each service to the target of its side of the cut. */
    public Distribution distribution(Cut cut) {
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        candidates
                .mappings()
                .forEach(
                        (service, options) -> {
                            String target = cut.terminalOf(APP + service).substring(HOST.length());
                            Mapping chosen =
                                    options.stream()
                                            .filter(m -> m.target().equals(target))
                                            .findFirst()
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalStateException(
                                                                    "service placed outside its candidates: "
                                                                            + service));
                            mappings.put(service, List.of(chosen));
                        });
        return Distribution.of(mappings);
    }

    /** The number of inter-dependencies between services placed on different targets. */
    public int interMachineLinks(Cut cut) {
        int links = 0;
        for (var edge : graph.edges()) {
            if (edge.source().startsWith(APP)
                    && edge.target().startsWith(APP)
                    && !cut.terminalOf(edge.source()).equals(cut.terminalOf(edge.target()))) {
                links++;
            }
        }
        return links;
    }
}
