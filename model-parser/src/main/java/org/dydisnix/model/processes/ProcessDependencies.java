package org.dydisnix.model.processes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelNode.Kind;

/**
 * The dependencies between processes: references by name, instance name or (Nix) identity resolved
 * to process names, and the check that they form no cycle.
 */
final class ProcessDependencies {
    private final Map<Object, String> nameByIdentity = new IdentityHashMap<>();
    private final Map<String, String> nameByInstance = new HashMap<>();

    /** Records the process {@code name} of instance {@code key} and its {@code pkg}. */
    void register(String key, String name, ModelNode pkg) {
        nameByInstance.put(key, name);
        Object identity = pkg.identity();
        if (identity != null) {
            nameByIdentity.put(identity, name);
        }
    }

    /** The process name of an instance. */
    String nameOf(String key) {
        return nameByInstance.get(key);
    }

    /** The names of the processes {@code pkg} depends on, each once. */
    List<String> of(String name, ModelNode pkg) {
        ModelNode value = pkg.get("dependencies");
        if (value == null || value.kind() == Kind.NULL) {
            return List.of();
        }
        if (value.kind() != Kind.LIST) {
            throw new ProcessModelException(
                    value.position(),
                    "the dependencies of process '"
                            + name
                            + "' are "
                            + ModelNode.describe(value.kind())
                            + " while a list was expected");
        }
        List<String> names = new ArrayList<>();
        for (ModelNode dependency : value.elements()) {
            String target = dependency(name, dependency);
            if (!names.contains(target)) {
                names.add(target);
            }
        }
        return names;
    }

    private String dependency(String name, ModelNode dependency) {
        if (dependency.kind() == Kind.STRING) {
            String target = dependency.asString();
            if (nameByInstance.containsValue(target)) {
                return target;
            }
            if (nameByInstance.containsKey(target)) {
                return nameByInstance.get(target);
            }
            throw new ProcessModelException(
                    dependency.position(),
                    "process '" + name + "' depends on unknown process '" + target + "'");
        }
        if (dependency.kind() == Kind.ATTRS) {
            Object identity = dependency.identity();
            if (identity != null && nameByIdentity.containsKey(identity)) {
                return nameByIdentity.get(identity);
            }
            String target = ProcessesModelBuilder.optional(dependency, "name");
            if (target == null) {
                target = ProcessesModelBuilder.optional(dependency, "instanceName");
            }
            if (target != null && nameByInstance.containsValue(target)) {
                return target;
            }
            throw new ProcessModelException(
                    dependency.position(),
                    "process '"
                            + name
                            + "' depends on a process that is not in the model"
                            + (target == null ? "" : " ('" + target + "')"));
        }
        throw new ProcessModelException(
                dependency.position(),
                "a dependency of process '"
                        + name
                        + "' is "
                        + ModelNode.describe(dependency.kind())
                        + " while a process or a process name was expected");
    }

    /** Refuses a dependency cycle, naming it. */
    static void checkAcyclic(SortedMap<String, ManagedProcess> processes) {
        Map<String, Integer> state = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        for (String name : processes.keySet()) {
            visit(name, processes, state, path);
        }
    }

    private static void visit(
            String name,
            SortedMap<String, ManagedProcess> processes,
            Map<String, Integer> state,
            Deque<String> path) {
        Integer seen = state.get(name);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                in |= step.equals(name);
                if (in) {
                    cycle.add(step);
                }
            }
            cycle.add(name);
            throw new ProcessModelException(
                    processes.get(name).position(),
                    "dependency cycle: " + String.join(" -> ", cycle));
        }
        state.put(name, 1);
        path.push(name);
        for (String dependency : processes.get(name).dependencies()) {
            visit(dependency, processes, state, path);
        }
        path.pop();
        state.put(name, 2);
    }
}
