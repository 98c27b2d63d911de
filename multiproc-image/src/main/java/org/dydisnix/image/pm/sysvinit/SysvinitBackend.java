package org.dydisnix.image.pm.sysvinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.image.pm.Generated;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.image.pm.Launch;
import org.dydisnix.image.pm.ProcessManagerBackend;
import org.dydisnix.image.pm.ProcessNames;
import org.dydisnix.image.pm.ScriptTemplate;
import org.dydisnix.image.pm.Shell;
import org.dydisnix.model.processes.ManagedProcess;
import org.dydisnix.model.processes.ProcessModelException;
import org.dydisnix.model.processes.ProcessesModel;

/**
 * sysvinit scripts: {@code /etc/rc.d/init.d/<name>} with start, stop, restart and status, start
 * links {@code rc<N>.d/S<seq><name>} in dependency order and kill links {@code K<99-seq><name>} in
 * reverse, and a foreground proxy as the container's root process that starts the runlevel-3
 * scripts, watches them and stops them in reverse order on TERM or INT.
 */
public final class SysvinitBackend implements ProcessManagerBackend {
    /** The rc.d directory. */
    public static final String RC_DIR = "/etc/rc.d";

    /** The root process. */
    public static final String PROXY = Launch.DIR + "/sysvinit-proxy";

    /** The shell functions the scripts use. */
    public static final String FUNCTIONS = Launch.DIR + "/init-functions";

    /** The runlevel the container runs in. */
    public static final int RUNLEVEL = 3;

    /** Runlevels of a process whose model does not give {@code overrides.sysvinit.runlevels}. */
    public static final List<Integer> DEFAULT_RUNLEVELS = List.of(3, 4, 5);

    /** The name processes models and the original tools use. */
    public static final String NAME = "sysvinit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Generated generate(
            ProcessesModel model, ImageSettings settings, Accounts accounts, FileTree files) {
        ProcessNames.check(model);
        files.file(FUNCTIONS, functions(), 0644);
        List<String> executables = new ArrayList<>(List.of("bash", "sleep", "seq"));
        for (ManagedProcess process : model.startOrder()) {
            int sequence = model.depth(process.name());
            files.file(
                    RC_DIR + "/init.d/" + process.name(),
                    script(process, settings, accounts),
                    0755);
            TreeSet<Integer> start = runlevels(process);
            for (int level = 0; level <= 6; level++) {
                String link =
                        start.contains(level)
                                ? "S" + twoDigits(sequence) + process.name()
                                : "K" + twoDigits(99 - sequence) + process.name();
                files.symlink(RC_DIR + "/rc" + level + ".d/" + link, "../init.d/" + process.name());
            }
            if (process.user() != null && !settings.forceDisableUserChange()) {
                executables.add("setpriv");
            }
        }
        files.file(PROXY, proxy(settings.exitOnFailure()), 0755);
        files.file(Launch.HEALTHCHECK, healthcheck(), 0755);
        return new Generated(List.of(), List.of(PROXY), List.of(Launch.HEALTHCHECK), executables);
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    static TreeSet<Integer> runlevels(ManagedProcess process) {
        Object value = process.overridesFor(NAME).get("runlevels");
        TreeSet<Integer> levels = new TreeSet<>();
        if (value == null) {
            levels.addAll(DEFAULT_RUNLEVELS);
            return levels;
        }
        if (!(value instanceof List<?> list)) {
            throw new ProcessModelException(
                    process.position(),
                    "overrides."
                            + NAME
                            + ".runlevels of process '"
                            + process.name()
                            + "' is not a list of runlevels");
        }
        for (Object level : list) {
            if (!(level instanceof Number number)
                    || number.intValue() < 0
                    || number.intValue() > 6) {
                throw new ProcessModelException(
                        process.position(),
                        "runlevel '"
                                + level
                                + "' of process '"
                                + process.name()
                                + "' is not a number from 0 to 6");
            }
            levels.add(number.intValue());
        }
        return levels;
    }

    /** The init.d script of one process. */
    static String script(ManagedProcess process, ImageSettings settings, Accounts accounts) {
        boolean daemon = process.daemonExecutable() != null;
        String executable = daemon ? process.daemonExecutable() : process.foregroundExecutable();
        List<String> args = daemon ? process.daemonArgs() : process.foregroundArgs();
        String pidFile = Launch.pidFile(process, settings);
        TreeSet<Integer> start = runlevels(process);
        TreeSet<Integer> stop = new TreeSet<>();
        for (int level = 0; level <= 6; level++) {
            if (!start.contains(level)) {
                stop.add(level);
            }
        }
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("## BEGIN INIT INFO\n");
        s.append("# Provides:      ").append(process.name()).append('\n');
        if (!start.isEmpty()) {
            s.append("# Default-Start: ").append(levels(start)).append('\n');
        }
        if (!stop.isEmpty()) {
            s.append("# Default-Stop:  ").append(levels(stop)).append('\n');
        }
        if (!process.dependencies().isEmpty()) {
            s.append("# Should-Start:  ")
                    .append(String.join(" ", process.dependencies()))
                    .append('\n');
            s.append("# Should-Stop:   ")
                    .append(String.join(" ", process.dependencies()))
                    .append('\n');
        }
        s.append("# Description:   ").append(oneLine(process.description())).append('\n');
        s.append("## END INIT INFO\n\n");
        s.append(". ").append(FUNCTIONS).append("\n\n");
        s.append("NAME=").append(Shell.quote(process.name())).append('\n');
        s.append("PIDFILE=").append(Shell.quote(pidFile)).append('\n');
        if (process.umask() != null) {
            s.append("umask ").append(process.umask()).append('\n');
        }
        Launch.checkEnvironmentNames(process);
        Launch.appendExports(s, process);
        String description = Shell.quote(oneLine(process.description()));
        s.append("\ncase \"$1\" in\n");
        s.append("  start)\n");
        s.append("    log_info_msg \"Starting \"").append(description).append("\"...\"\n");
        if (!process.initialize().isBlank()) {
            s.append("    (\n      set -e\n");
            process.initialize()
                    .strip()
                    .lines()
                    .forEach(line -> s.append("      ").append(line).append('\n'));
            s.append("    ) || { evaluate_retval; exit 1; }\n");
        }
        if (process.directory() != null) {
            s.append("    cd ").append(Shell.quote(process.directory())).append(" || exit 1\n");
        }
        List<String> words = Launch.words(process, executable, args, settings, accounts, true);
        s.append("    ")
                .append(
                        process.oneshot()
                                ? "run_oneshot"
                                : daemon ? "start_daemon" : "start_foreground")
                .append(" \"$NAME\" \"$PIDFILE\" ")
                .append(Shell.join(words))
                .append('\n');
        s.append("    evaluate_retval\n    ;;\n");
        s.append("  stop)\n");
        s.append("    log_info_msg \"Stopping \"").append(description).append("\"...\"\n");
        s.append(
                        process.oneshot()
                                ? "    stop_oneshot \"$NAME\" \"$PIDFILE\"\n"
                                : "    killproc \"$NAME\" \"$PIDFILE\"\n")
                .append("    evaluate_retval\n    ;;\n");
        s.append("  restart)\n    $0 stop\n    sleep 1\n    $0 start\n    ;;\n");
        s.append("  status)\n    ")
                .append(process.oneshot() ? "oneshot_status" : "statusproc")
                .append(" \"$NAME\" \"$PIDFILE\"\n    ;;\n");
        s.append("  *)\n    echo \"Usage: $0 {start|stop|restart|status}\"\n    exit 1\n    ;;\n");
        s.append("esac\n");
        return s.toString();
    }

    private static String levels(TreeSet<Integer> levels) {
        return String.join(" ", levels.stream().map(String::valueOf).toList());
    }

    /** An LSB header value: one line, control characters become spaces. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return line.toString();
    }

    /** The shell functions of the init.d scripts. */
    static String functions() {
        return ScriptTemplate.text("sysvinit-functions");
    }

    /** The container's root process. */
    static String proxy(boolean exitOnFailure) {
        return ScriptTemplate.render(
                "sysvinit-proxy",
                Map.of(
                        "RUNLEVEL",
                        Integer.toString(RUNLEVEL),
                        "POLICY",
                        exitOnFailure ? "stop everything and exit 1" : "keep the others running",
                        "EXIT_ON_FAILURE",
                        exitOnFailure ? "1" : "0",
                        "RC_DIR",
                        RC_DIR));
    }

    private static String healthcheck() {
        return ScriptTemplate.render(
                "sysvinit-healthcheck",
                Map.of("RUNLEVEL", Integer.toString(RUNLEVEL), "RC_DIR", RC_DIR));
    }
}
