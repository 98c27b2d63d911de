package org.dydisnix.image.pm;

import java.util.ArrayList;
import java.util.List;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.model.processes.ManagedProcess;
import org.dydisnix.model.processes.ProcessModelException;

/**
 * The helper programs every back end puts into the image under {@value #DIR}, and the command words
 * that start a process: output tagging, user change, nice level.
 */
public final class Launch {
    /** Where the helper programs live in the image. */
    public static final String DIR = "/usr/lib/dydisnix";

    /** Runs a command with each line of its output prefixed by {@code [name] }. */
    public static final String TAG_OUTPUT = DIR + "/tag-output";

    /** The health-check command. */
    public static final String HEALTHCHECK = DIR + "/healthcheck";

    private Launch() {}

    /** Adds the helpers shared by all back ends. */
    public static void addHelpers(FileTree files) {
        files.file(TAG_OUTPUT, ScriptTemplate.text("tag-output"), 0755);
    }

    /**
     * The words that run {@code executable args} as the process's user (unless user changes are
     * disabled or {@code changeUser} is false) at its nice level, with tagged output.
     */
    public static List<String> words(
            ManagedProcess process,
            String executable,
            List<String> args,
            ImageSettings settings,
            Accounts accounts,
            boolean changeUser) {
        List<String> words = new ArrayList<>(List.of(TAG_OUTPUT, process.name()));
        if (changeUser) {
            words.addAll(changeUser(process, settings, accounts));
        }
        if (process.nice() != null) {
            words.addAll(List.of("nice", "-n", Integer.toString(process.nice())));
        }
        words.add(executable);
        words.addAll(args);
        return words;
    }

    /** {@code setpriv} words that switch to the process's user and its groups, or none. */
    public static List<String> changeUser(
            ManagedProcess process, ImageSettings settings, Accounts accounts) {
        if (process.user() == null || settings.forceDisableUserChange()) {
            return List.of();
        }
        String group = accounts.primaryGroup(process.user());
        return List.of("setpriv", "--reuid=" + process.user(), "--regid=" + group, "--init-groups");
    }

    /**
     * Checks that every environment variable name of the process is a shell variable name.
     *
     * @throws ProcessModelException naming the first name that is not
     */
    public static void checkEnvironmentNames(ManagedProcess process) {
        for (String name : process.environment().keySet()) {
            if (!Shell.isVariableName(name)) {
                throw new ProcessModelException(
                        process.position(),
                        "environment variable name '"
                                + Shell.printable(name)
                                + "' of process '"
                                + process.name()
                                + "' is not a variable name (letters, digits, _; not starting with a"
                                + " digit)");
            }
        }
    }

    /** Appends an {@code export NAME='value'} line per environment variable of the process. */
    public static void appendExports(StringBuilder script, ManagedProcess process) {
        process.environment()
                .forEach(
                        (name, value) ->
                                script.append("export ")
                                        .append(name)
                                        .append('=')
                                        .append(Shell.quote(value))
                                        .append('\n'));
    }

    /**
     * The PID file of a process: its own, else {@code <name>.pid} in tmpDir (with a user) or
     * runtimeDir.
     */
    public static String pidFile(ManagedProcess process, ImageSettings settings) {
        if (process.pidFile() != null) {
            return process.pidFile();
        }
        return (process.user() != null ? settings.tmpDir() : settings.runtimeDir())
                + "/"
                + process.name()
                + ".pid";
    }
}
