package org.dydisnix.cli.options;

import java.util.ArrayList;
import java.util.List;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.cli.qos.CandidateBuilds;
import picocli.CommandLine.Option;

/**
 * Trying builds ({@code --filter-buildable}, {@code filters.filterBuildable}) with the real
 * nix-build, and the store and settings it builds with.
 */
public final class BuildOptions {

    @Option(
            names = "--filter-buildable",
            description =
                    "Keep only the candidates a service can be built for: one nix-build per service "
                            + "and candidate target (needs --nix).")
    public boolean filterBuildable;

    @Option(
            names = "--store",
            paramLabel = "<url>",
            description =
                    "The Nix store nix-build builds in, e.g. a local store in a directory: "
                            + "local?store=/tmp/s/nix/store&state=/tmp/s/state&log=/tmp/s/log "
                            + "(default: Nix's own).")
    String store;

    @Option(
            names = "--option",
            arity = "2",
            paramLabel = "<name> <value>",
            description = "A Nix setting for nix-build, e.g. --option sandbox false (repeatable).")
    List<String> options = new ArrayList<>();

    /**
     * How candidates are built: null without --nix, when --filter-buildable fails with one line and
     * filters.filterBuildable when a QoS model calls it.
     */
    public CandidateBuilds builds(ModelOptions models) {
        if (!models.realNix) {
            if (filterBuildable) {
                throw new PlanningException(
                        "--filter-buildable tries to build each service for each candidate target, which needs Nix: give --nix");
            }
            return null;
        }
        return new CandidateBuilds(
                new CandidateBuilds.Settings(store, options, models.includePaths));
    }
}
