package org.dydisnix.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.processes.ProcessesModel;
import org.dydisnix.nix.NixModelSource;

/** Reads processes models for tests as the CLI does: through a model reader, no search path. */
public final class TestProcesses {
    private TestProcesses() {}

    /** Reads a processes model without arguments. */
    public static ProcessesModel read(Path file) {
        return read(file, Map.of());
    }

    /** Reads a processes model; a Nix model function gets the arguments it accepts. */
    public static ProcessesModel read(Path file, Map<String, Object> arguments) {
        ModelReader reader = new ModelReader(new NixModelSource(List.of()), "{}", false);
        return ProcessesModel.read(reader, file, arguments);
    }
}
