package org.dydisnix.image.pm;

import java.util.regex.Pattern;
import org.dydisnix.model.processes.ManagedProcess;
import org.dydisnix.model.processes.ProcessModelException;
import org.dydisnix.model.processes.ProcessesModel;

/**
 * The one rule for process names, which become file names ({@code conf.d/<name>.conf}, {@code
 * init.d/<name>}, s6 service directories), supervisord section names and LSB header words: a
 * letter, digit or underscore, then letters, digits and {@code . _ - + @}, at most 64 characters.
 */
public final class ProcessNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+@-]{0,63}");

    private ProcessNames() {}

    /** True when {@code name} follows the rule. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Checks every process name of the model.
     *
     * @throws ProcessModelException naming the first process whose name breaks the rule
     */
    public static void check(ProcessesModel model) {
        for (ManagedProcess process : model.processes().values()) {
            if (!isValid(process.name())) {
                throw new ProcessModelException(
                        process.position(),
                        "process name '"
                                + Shell.printable(process.name())
                                + "' (of '"
                                + Shell.printable(process.instance())
                                + "') is not allowed: it names files and configuration sections, so"
                                + " use 1 to 64 letters, digits and . _ - + @, not starting with . - + @");
            }
        }
    }
}
