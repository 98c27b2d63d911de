package org.dydisnix.cli.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.ModelSource;
import org.dydisnix.model.NixInstantiateSource;
import org.dydisnix.nix.NixModelSource;
import picocli.CommandLine.Option;

/** How models are read: extra parameters for model functions and the Nix search path. */
public final class ModelOptions {

    @Option(
            names = "--extra-params",
            paramLabel = "<nix-attrs>",
            defaultValue = "{}",
            description =
                    "Nix attribute set of extra parameters passed to model functions (default: ${DEFAULT-VALUE}).")
    public String extraParams;

    @Option(
            names = "-I",
            paramLabel = "<path>",
            description = "Add a path to the Nix search path used for <name> lookups (repeatable).")
    public List<Path> includePaths = new ArrayList<>();

    @Option(names = "--xml", description = "The models are in the original tools' XML form.")
    public boolean xml;

    @Option(
            names = "--nix",
            description =
                    "Evaluate Nix models with the real nix-instantiate instead of the embedded evaluator.")
    public boolean realNix;

    /** A reader for the models named on the command line. */
    public ModelReader reader() {
        ModelSource nix =
                realNix ? new NixInstantiateSource(includePaths) : new NixModelSource(includePaths);
        return new ModelReader(nix, extraParams, xml);
    }
}
