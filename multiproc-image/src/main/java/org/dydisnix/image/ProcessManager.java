package org.dydisnix.image;

import org.dydisnix.image.pm.ProcessManagerBackend;
import org.dydisnix.image.pm.s6.S6Backend;
import org.dydisnix.image.pm.supervisord.SupervisordBackend;
import org.dydisnix.image.pm.sysvinit.SysvinitBackend;

/**
 * The process managers that can be a multi-process container's root process, named as processes
 * models and the original tools spell them ({@link #toString()}).
 */
public enum ProcessManager {
    /** supervisord runs and supervises every process. */
    SUPERVISORD,
    /** sysvinit scripts start the processes as daemons; a foreground proxy is the root process. */
    SYSVINIT,
    /** s6-svscan supervises a service directory per process (the original's s6-rc back end). */
    S6_RC;

    /** The back end that writes this process manager's configuration. */
    public ProcessManagerBackend backend() {
        return switch (this) {
            case SUPERVISORD -> new SupervisordBackend();
            case SYSVINIT -> new SysvinitBackend();
            case S6_RC -> new S6Backend();
        };
    }

    /** The name as processes models spell it: the back end's name. */
    public String modelName() {
        return backend().name();
    }

    /** The model name, as users type it. */
    @Override
    public String toString() {
        return modelName();
    }
}
