package org.dydisnix.image.pm.sysvinit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.image.pm.Generated;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.image.pm.Launch;
import org.dydisnix.image.pm.ProcessManagerBackend;
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

    @Override
    public String name() {
        return "sysvinit";
    }

    @Override
    public Generated generate(
            ProcessesModel model, ImageSettings settings, Accounts accounts, FileTree files) {
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
        Object value = process.overridesFor("sysvinit").get("runlevels");
        TreeSet<Integer> levels = new TreeSet<>();
        if (value == null) {
            levels.addAll(DEFAULT_RUNLEVELS);
            return levels;
        }
        if (!(value instanceof List<?> list)) {
            throw new ProcessModelException(
                    process.position(),
                    "overrides.sysvinit.runlevels of process '"
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
        process.environment()
                .forEach(
                        (name, value) -> {
                            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                                throw new ProcessModelException(
                                        process.position(),
                                        "environment variable name '"
                                                + name
                                                + "' of process '"
                                                + process.name()
                                                + "' is not a shell variable name");
                            }
                            s.append("export ")
                                    .append(name)
                                    .append('=')
                                    .append(Shell.quote(value))
                                    .append('\n');
                        });
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
                .append(daemon ? "start_daemon" : "start_foreground")
                .append(" \"$NAME\" \"$PIDFILE\" ")
                .append(Shell.join(words))
                .append('\n');
        s.append("    evaluate_retval\n    ;;\n");
        s.append("  stop)\n");
        s.append("    log_info_msg \"Stopping \"").append(description).append("\"...\"\n");
        s.append("    killproc \"$NAME\" \"$PIDFILE\"\n    evaluate_retval\n    ;;\n");
        s.append("  restart)\n    $0 stop\n    sleep 1\n    $0 start\n    ;;\n");
        s.append("  status)\n    statusproc \"$NAME\" \"$PIDFILE\"\n    ;;\n");
        s.append("  *)\n    echo \"Usage: $0 {start|stop|restart|status}\"\n    exit 1\n    ;;\n");
        s.append("esac\n");
        return s.toString();
    }

    private static String levels(TreeSet<Integer> levels) {
        return String.join(" ", levels.stream().map(String::valueOf).toList());
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    /** The shell functions of the init.d scripts. */
    static String functions() {
        return """
                # Shell functions for the init.d scripts of a multi-process container (generated by dydisnix).
                # Usage in a script: start_daemon|start_foreground NAME PIDFILE COMMAND..., killproc NAME PIDFILE,
                # statusproc NAME PIDFILE.

                log_info_msg() { printf '%s' "$*"; }

                evaluate_retval() {
                  local status=$?
                  if [ "$status" -eq 0 ]; then echo " [  OK  ]"; else echo " [ FAIL ]"; fi
                  return "$status"
                }

                # Prints the PID in PIDFILE if that process runs (and is not a zombie).
                running_pid() {
                  local pid stat
                  [ -s "$1" ] || return 1
                  read -r pid < "$1" || [ -n "$pid" ] || return 1
                  case "$pid" in ''|*[!0-9]*) return 1 ;; esac
                  kill -0 "$pid" 2>/dev/null || return 1
                  if [ -r "/proc/$pid/stat" ]; then
                    stat=$(< "/proc/$pid/stat")
                    stat=${stat##*) }
                    [ "${stat%% *}" != Z ] || return 1
                  fi
                  echo "$pid"
                }

                # Starts a program that daemonizes itself and writes PIDFILE; waits up to 10 s for it.
                start_daemon() {
                  local name=$1 pidfile=$2 i
                  shift 2
                  if running_pid "$pidfile" >/dev/null; then echo -n " ($name is already running)"; return 0; fi
                  rm -f "$pidfile"
                  "$@" < /dev/null || return 1
                  for i in $(seq 100); do
                    running_pid "$pidfile" >/dev/null && return 0
                    sleep 0.1
                  done
                  echo -n " (no running process in $pidfile)"
                  return 1
                }

                # Starts a foreground program in the background and writes its PID to PIDFILE.
                start_foreground() {
                  local name=$1 pidfile=$2
                  shift 2
                  if running_pid "$pidfile" >/dev/null; then echo -n " ($name is already running)"; return 0; fi
                  "$@" < /dev/null &
                  echo $! > "$pidfile"
                  sleep 0.5
                  running_pid "$pidfile" >/dev/null
                }

                # Sends TERM to the process in PIDFILE, waits up to 10 s, then KILL.
                killproc() {
                  local name=$1 pidfile=$2 pid i
                  if ! pid=$(running_pid "$pidfile"); then
                    rm -f "$pidfile"
                    echo -n " ($name is not running)"
                    return 0
                  fi
                  kill -TERM "$pid" 2>/dev/null
                  for i in $(seq 100); do
                    kill -0 "$pid" 2>/dev/null || break
                    sleep 0.1
                  done
                  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
                  rm -f "$pidfile"
                  return 0
                }

                statusproc() {
                  local name=$1 pidfile=$2 pid
                  if pid=$(running_pid "$pidfile"); then
                    echo "$name is running with Process ID(s) $pid."
                    return 0
                  fi
                  echo "$name is not running."
                  return 3
                }
                """;
    }

    /** The container's root process. */
    static String proxy(boolean exitOnFailure) {
        return """
                #!/bin/bash
                # Root process of a multi-process container (generated by dydisnix): starts the runlevel %1$d
                # scripts in dependency order, checks every 2 s that they still run, stops them in reverse order
                # on TERM or INT and reaps orphaned processes. On failure: %2$s.
                export LC_ALL=C
                exit_on_failure=%3$d
                scripts=()
                for s in %4$s/rc%1$d.d/S*; do [ -e "$s" ] && scripts+=("$s"); done
                started=()

                stop_all() {
                  local i
                  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
                    "${started[$i]}" stop || true
                  done
                  started=()
                }

                _term() {
                  echo "dydisnix: stopping all processes"
                  stop_all
                  exit 0
                }

                declare -A reported=()
                failed() {
                  local name=${1##*/}
                  [ -n "${reported[$name]:-}" ] && return 0
                  reported[$name]=1
                  echo "dydisnix: ${name:3} $2" >&2
                  if [ "$exit_on_failure" -eq 1 ]; then
                    stop_all
                    exit 1
                  fi
                }

                trap _term TERM INT

                for s in "${scripts[@]}"; do
                  started+=("$s")
                  "$s" start || failed "$s" "failed to start"
                done

                while :; do
                  sleep 2 &
                  wait $!
                  for s in "${started[@]}"; do
                    if "$s" status > /dev/null 2>&1; then
                      unset "reported[${s##*/}]"
                    else
                      failed "$s" "is no longer running"
                    fi
                  done
                done
                """
                .formatted(
                        RUNLEVEL,
                        exitOnFailure ? "stop everything and exit 1" : "keep the others running",
                        exitOnFailure ? 1 : 0,
                        RC_DIR);
    }

    private static String healthcheck() {
        return """
                #!/bin/bash
                # Healthy when every runlevel %d script reports its process running (generated by dydisnix).
                status=0
                for s in %s/rc%d.d/S*; do
                  [ -e "$s" ] || continue
                  "$s" status || status=1
                done
                exit "$status"
                """
                .formatted(RUNLEVEL, RC_DIR, RUNLEVEL);
    }
}
