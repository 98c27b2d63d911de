package org.dydisnix.cli.qos;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dydisnix.graph.dot.DotAttributes;
import org.dydisnix.graph.dot.DotGraph;
import org.dydisnix.graph.dot.DotSubgraph;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;

/**
 * The candidate targets of each service after each step of a QoS pipeline, in the order the steps
 * ran: shown as a table or a DOT diagram of the narrowing, and asked which step left a service
 * without candidates.
 */
public final class Explanation {

    /**
     * One step.
     *
     * @param name the filter, e.g. {@code mapAttrOnAttr}
     * @param targets service to its candidate target keys after the step
     */
    public record Step(String name, SortedMap<String, List<String>> targets) {}

    private record Recorded(String name, Distribution distribution) {}

    private final List<Recorded> recorded = new ArrayList<>();

    /** Records the distribution a step produced. */
    public void record(String name, Distribution distribution) {
        recorded.add(new Recorded(name, distribution));
    }

    /** The steps so far. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>(recorded.size());
        for (Recorded step : recorded) {
            SortedMap<String, List<String>> targets = new TreeMap<>();
            step.distribution()
                    .mappings()
                    .forEach(
                            (service, mappings) ->
                                    targets.put(
                                            service,
                                            mappings.stream().map(Mapping::target).toList()));
            steps.add(new Step(step.name(), targets));
        }
        return steps;
    }

    /** The last step that left the service without candidates, or null. */
    public String emptiedBy(String service) {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            List<Mapping> targets = recorded.get(i).distribution().mappings().get(service);
            if (targets != null && targets.isEmpty()) {
                return recorded.get(i).name();
            }
        }
        return null;
    }

    /** A table: a row per service, a column per step, each cell the candidate targets. */
    public String table() {
        List<Step> steps = steps();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("service");
        steps.forEach(step -> header.add(step.name()));
        rows.add(header);
        for (String service : services(steps)) {
            List<String> row = new ArrayList<>();
            row.add(service);
            for (Step step : steps) {
                List<String> targets = step.targets().get(service);
                row.add(
                        targets == null
                                ? "-"
                                : targets.isEmpty() ? "(none)" : String.join(" ", targets));
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i + 1 < row.size()) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** A DOT diagram: a cluster per step, a node per service and step, edges along the steps. */
    public String dot() {
        List<Step> steps = steps();
        DotGraph.Builder dot =
                DotGraph.digraph()
                        .attribute("rankdir", "LR")
                        .nodeDefaults(DotAttributes.of("shape", "box"));
        for (int index = 0; index < steps.size(); index++) {
            int i = index;
            Step step = steps.get(i);
            DotSubgraph.Builder cluster =
                    DotSubgraph.cluster("step" + i)
                            .attribute("label", (i + 1) + ". " + step.name());
            step.targets()
                    .forEach(
                            (service, targets) -> {
                                DotAttributes attributes =
                                        DotAttributes.of(
                                                "label",
                                                service
                                                        + "\n"
                                                        + (targets.isEmpty()
                                                                ? "(none)"
                                                                : String.join(", ", targets)));
                                if (targets.isEmpty()) {
                                    attributes = attributes.with("color", "red");
                                }
                                cluster.node(id(i, service), attributes);
                            });
            dot.subgraph(cluster.build());
        }
        for (int i = 0; i + 1 < steps.size(); i++) {
            for (String service : steps.get(i).targets().keySet()) {
                if (steps.get(i + 1).targets().containsKey(service)) {
                    dot.edge(id(i, service), id(i + 1, service));
                }
            }
        }
        return dot.build().toDot();
    }

    private static String id(int step, String service) {
        return step + "/" + service;
    }

    private static TreeSet<String> services(List<Step> steps) {
        TreeSet<String> services = new TreeSet<>();
        steps.forEach(step -> services.addAll(step.targets().keySet()));
        return services;
    }
}
