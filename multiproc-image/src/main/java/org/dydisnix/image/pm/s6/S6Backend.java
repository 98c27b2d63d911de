package org.dydisnix.image.pm.s6;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.dydisnix.model.processes.ProcessesModel;

/**
 * s6 (Debian's {@code s6} package, no s6-rc): a service directory {@code /etc/s6/sv/<name>} per
 * process with {@code run}, {@code finish} and {@code down}, copied into a fresh scan directory at
 * start; s6-svscan is the root process, a boot script starts the services in dependency order, and
 * s6-svscan's TERM and INT handlers stop them in reverse order.
 */
public final class S6Backend implements ProcessManagerBackend {
    /** The name processes models and the original tools use. */
    public static final String NAME = "s6-rc";

    /** The service directories as the image holds them. */
    public static final String SV_DIR = "/etc/s6/sv";

    /** The services in start order, one {@code <name> <kind>} a line. */
    public static final String ORDER = "/etc/s6/start-order";

    /** The container's command, which becomes s6-svscan. */
    public static final String INIT = Launch.DIR + "/s6-init";

    private static final String BOOT = Launch.DIR + "/s6-boot";
    private static final String STOP = Launch.DIR + "/s6-stop";
    private static final String FINISH = Launch.DIR + "/s6-finish";

    /** Runs a self-daemonizing program as a supervised process. */
    static final String DAEMON = Launch.DIR + "/s6-daemon";

    /** How often a running process may crash and be restarted before it has failed for good. */
    static final int RESTARTS = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Generated generate(
            ProcessesModel model, ImageSettings settings, Accounts accounts, FileTree files) {
        ProcessNames.check(model);
        Map<String, String> places =
                Map.of(
                        "SCANDIR", Shell.quote(settings.runtimeDir() + "/service"),
                        "STATE", Shell.quote(settings.runtimeDir() + "/dydisnix-s6"),
                        "ORDER", Shell.quote(ORDER));
        List<String> executables =
                new ArrayList<>(
                        List.of(
                                "bash",
                                "cp",
                                "seq",
                                "s6-svscan",
                                "s6-supervise",
                                "s6-svc",
                                "s6-svwait",
                                "s6-svok",
                                "s6-svstat",
                                "s6-svscanctl"));
        StringBuilder order = new StringBuilder();
        for (ManagedProcess process : model.startOrder()) {
            S6Service service = S6Service.of(process, settings, accounts);
            service.addTo(files, SV_DIR + "/" + process.name(), FINISH);
            order.append(process.name()).append(' ').append(service.kind().word()).append('\n');
            if (process.user() != null && !settings.forceDisableUserChange()) {
                executables.add("setpriv");
            }
        }
        files.file(ORDER, order.toString(), 0644);
        String exitOnFailure = settings.exitOnFailure() ? "1" : "0";
        files.file(
                INIT,
                render("s6-init", places, Map.of("SV_DIR", Shell.quote(SV_DIR), "BOOT", BOOT)),
                0755);
        files.file(BOOT, render("s6-boot", places, Map.of()), 0755);
        files.file(STOP, render("s6-stop", places, Map.of()), 0755);
        files.file(
                FINISH,
                render(
                        "s6-finish",
                        places,
                        Map.of(
                                "EXIT_ON_FAILURE",
                                exitOnFailure,
                                "RESTARTS",
                                Integer.toString(RESTARTS))),
                0755);
        files.file(DAEMON, ScriptTemplate.text("s6-daemon"), 0755);
        files.file(Launch.HEALTHCHECK, render("s6-healthcheck", places, Map.of()), 0755);
        String control = SV_DIR + "/.s6-svscan/";
        String onSignal = "#!/bin/bash\nexec " + STOP + "\n";
        files.file(control + "SIGTERM", onSignal, 0755);
        files.file(control + "SIGINT", onSignal, 0755);
        files.file(
                control + "finish",
                render("s6-svscan-finish", places, Map.of("EXIT_ON_FAILURE", exitOnFailure)),
                0755);
        return new Generated(List.of(), List.of(INIT), List.of(Launch.HEALTHCHECK), executables);
    }

    /** A script with the shared places and its own values; unused shared places are left out. */
    private static String render(
            String script, Map<String, String> places, Map<String, String> own) {
        String text = ScriptTemplate.text(script);
        Map<String, String> values = new java.util.HashMap<>(own);
        places.forEach(
                (key, value) -> {
                    if (text.contains("@" + key + "@")) {
                        values.put(key, value);
                    }
                });
        return ScriptTemplate.render(script, values);
    }
}
