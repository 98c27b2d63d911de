package org.dydisnix.model;

import java.nio.file.Path;
import java.util.Map;

/** Reads the raw models of one input language (Nix, JSON/YAML, the original tools' XML). */
public interface ModelSource {

    /**
     * The services attribute set. A Nix services model is a function; it is called with {@code {
     * distribution = {}; invDistribution = {}; system; pkgs; }} merged with the subset of {@code
     * extraParams} (a Nix attribute-set expression) that it accepts.
     */
    ModelNode services(Path file, String extraParams);

    /** The infrastructure attribute set: target key to target. */
    ModelNode infrastructure(Path file);

    /**
     * The distribution attribute set: service key to candidate targets. A Nix distribution model is
     * a function of {@code { infrastructure }}, called with the given infrastructure node (as
     * returned by {@link #infrastructure}) so that targets keep their identity.
     */
    ModelNode distribution(Path file, ModelNode infrastructure, String extraParams);

    /**
     * The processes attribute set. A Nix processes model that is a function with a set pattern is
     * called with the {@code arguments} it accepts (e.g. {@code stateDir}, {@code processManager})
     * and those of {@code extraParams} (a Nix attribute-set expression) that the arguments do not
     * name; data formats ignore them.
     *
     * @param arguments plain Java values (String, Long/Integer, Double, Boolean, null, List, Map)
     */
    default ModelNode processes(Path file, Map<String, Object> arguments, String extraParams) {
        throw new ModelException(
                SourcePosition.ofFile(file.toString()),
                "processes models cannot be read in this language; give it as Nix, JSON or YAML");
    }
}
