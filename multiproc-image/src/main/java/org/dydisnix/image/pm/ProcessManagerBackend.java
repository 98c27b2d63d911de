package org.dydisnix.image.pm;

import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.model.processes.ProcessesModel;

/** A process manager that runs a processes model as the root process of a container. */
public interface ProcessManagerBackend {

    /**
     * The process manager's name as the processes model's {@code overrides} and {@code
     * processManager} use it.
     */
    String name();

    /**
     * Writes the process manager's configuration for every process into {@code files} and tells how
     * the container starts it.
     */
    Generated generate(
            ProcessesModel model, ImageSettings settings, Accounts accounts, FileTree files);
}
