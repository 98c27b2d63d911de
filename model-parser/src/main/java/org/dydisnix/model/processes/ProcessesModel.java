package org.dydisnix.model.processes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelReader;

/**
 * A processes model: every process instance's managed process, by process name, plus the files the
 * processes refer to. Dependencies are known to exist and to form no cycle.
 */
public final class ProcessesModel {
    private final SortedMap<String, ManagedProcess> processes;
    private final SortedMap<String, ModelFile> files;
    private final Map<String, Integer> depths = new HashMap<>();

    ProcessesModel(
            SortedMap<String, ManagedProcess> processes, SortedMap<String, ModelFile> files) {
        this.processes = Collections.unmodifiableSortedMap(new TreeMap<>(processes));
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        processes.keySet().forEach(this::depth);
    }

    /**
     * Builds the typed model from an evaluated processes model: an attribute set of instances, each
     * with a {@code pkg}, and optionally a top-level {@code files} set of path to content.
     *
     * @throws ProcessModelException if a process is malformed, named twice, or depends on an
     *     unknown process or (transitively) on itself
     */
    public static ProcessesModel from(ModelNode root) {
        return ProcessesModelBuilder.build(root);
    }

    /**
     * Reads a processes model through the reader that reads every model (its language by file name
     * or as chosen, its Nix search path). A Nix model that is a function is called with the {@code
     * arguments} it accepts (e.g. {@code stateDir}, {@code runtimeDir}, {@code
     * forceDisableUserChange}, {@code processManager}) over the reader's extra parameters; data
     * formats ignore them.
     */
    public static ProcessesModel read(
            ModelReader reader, Path file, Map<String, Object> arguments) {
        return from(reader.processes(file, arguments));
    }

    /** The processes by name. */
    public SortedMap<String, ManagedProcess> processes() {
        return processes;
    }

    /** The process called {@code name}, or null. */
    public ManagedProcess process(String name) {
        return processes.get(name);
    }

    /** The files to put into the system, by absolute path. */
    public SortedMap<String, ModelFile> files() {
        return files;
    }

    /**
     * The length of the longest dependency chain below a process: 0 without dependencies, else one
     * more than the deepest dependency (supervisord priority is depth + 1, the sysvinit sequence is
     * depth).
     */
    public int depth(String name) {
        Integer known = depths.get(name);
        if (known != null) {
            return known;
        }
        int depth = 0;
        for (String dependency : processes.get(name).dependencies()) {
            depth = Math.max(depth, depth(dependency) + 1);
        }
        depths.put(name, depth);
        return depth;
    }

    /** The processes in start order: by depth, then by name (so dependencies always come first). */
    public List<ManagedProcess> startOrder() {
        List<ManagedProcess> order = new ArrayList<>(processes.values());
        order.sort(
                Comparator.comparingInt((ManagedProcess p) -> depth(p.name()))
                        .thenComparing(ManagedProcess::name));
        return order;
    }
}
