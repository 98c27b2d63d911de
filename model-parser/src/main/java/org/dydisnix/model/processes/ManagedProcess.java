package org.dydisnix.model.processes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/**
 * One process as createManagedProcess describes it: what to run in the foreground or as a daemon,
 * with which arguments, environment, user and state, after which other processes.
 *
 * @param instance the attribute of the processes model that holds this process
 * @param name the process name (supervisord program, init.d script)
 * @param description a human-readable description (defaults to the name)
 * @param process the executable that runs both in the foreground and as a daemon, or null
 * @param foregroundProcess the executable for foreground mode, or null
 * @param daemon the executable for daemon mode, or null
 * @param args the arguments common to both modes
 * @param foregroundProcessExtraArgs arguments added in foreground mode
 * @param daemonExtraArgs arguments added in daemon mode
 * @param pidFile the PID file a daemon writes, or null to derive one
 * @param environment the environment variables, sorted by name
 * @param directory the working directory, or null
 * @param umask the umask (octal text), or null
 * @param nice the nice level, or null
 * @param user the user to run as, or null to keep root
 * @param initialize shell commands run as root before the process starts ("" for none)
 * @param dependencies the names of the processes that must start first
 * @param credentials the groups and users the process needs
 * @param overrides process-manager specific settings, keyed by process manager name, as plain data
 * @param oneshot true when the process runs once and exits 0 by design (our {@code oneshot}
 *     attribute), false for a daemon or foreground process that must keep running
 * @param position where the process is written in the model
 */
public record ManagedProcess(
        String instance,
        String name,
        String description,
        String process,
        String foregroundProcess,
        String daemon,
        List<String> args,
        List<String> foregroundProcessExtraArgs,
        List<String> daemonExtraArgs,
        String pidFile,
        SortedMap<String, String> environment,
        String directory,
        String umask,
        Integer nice,
        String user,
        String initialize,
        List<String> dependencies,
        Credentials credentials,
        SortedMap<String, Object> overrides,
        boolean oneshot,
        SourcePosition position) {

    public ManagedProcess {
        args = List.copyOf(args);
        foregroundProcessExtraArgs = List.copyOf(foregroundProcessExtraArgs);
        daemonExtraArgs = List.copyOf(daemonExtraArgs);
        environment = Collections.unmodifiableSortedMap(new TreeMap<>(environment));
        dependencies = List.copyOf(dependencies);
        overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides));
        initialize = initialize == null ? "" : initialize;
        description = description == null ? name : description;
        credentials = credentials == null ? Credentials.NONE : credentials;
    }

    /**
     * The executable for foreground mode: {@code foregroundProcess}, else {@code process}; null if
     * neither.
     */
    public String foregroundExecutable() {
        return foregroundProcess != null ? foregroundProcess : process;
    }

    /** The executable for daemon mode: {@code daemon}, else {@code process}; null if neither. */
    public String daemonExecutable() {
        return daemon != null ? daemon : process;
    }

    /** {@code args} followed by {@code foregroundProcessExtraArgs}. */
    public List<String> foregroundArgs() {
        List<String> all = new ArrayList<>(args);
        all.addAll(foregroundProcessExtraArgs);
        return all;
    }

    /** {@code args} followed by {@code daemonExtraArgs}. */
    public List<String> daemonArgs() {
        List<String> all = new ArrayList<>(args);
        all.addAll(daemonExtraArgs);
        return all;
    }

    /**
     * The overrides for one process manager ({@code overrides.<processManager>}), empty when
     * absent.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> overridesFor(String processManager) {
        Object value = overrides.get(processManager);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        return Map.of();
    }
}
