package org.dydisnix.image;

import org.dydisnix.image.pm.ProcessManagerBackend;
import org.dydisnix.image.pm.supervisord.SupervisordBackend;
import org.dydisnix.image.pm.sysvinit.SysvinitBackend;

/** The process managers that can be a multi-process container's root process. */
public enum ProcessManager {
    /** supervisord runs and supervises every process. */
    SUPERVISORD,
    /** sysvinit scripts start the processes as daemons; a foreground proxy is the root process. */
    SYSVINIT;

    /** The back end that writes this process manager's configuration. */
    public ProcessManagerBackend backend() {
        return switch (this) {
            case SUPERVISORD -> new SupervisordBackend();
            case SYSVINIT -> new SysvinitBackend();
        };
    }

    /**
     * The name as processes models and the original tools spell it ({@code supervisord}, {@code
     * sysvinit}).
     */
    public String modelName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The process manager with this name, case-insensitive. */
    public static ProcessManager of(String name) {
        for (ProcessManager manager : values()) {
            if (manager.modelName().equalsIgnoreCase(name)) {
                return manager;
            }
        }
        throw new IllegalArgumentException(
                "unknown process manager '" + name + "' (supported: supervisord, sysvinit)");
    }
}
