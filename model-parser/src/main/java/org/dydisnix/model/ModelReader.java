package org.dydisnix.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads services, infrastructure and distribution models from files, choosing the language by file
 * name: {@code .json} is JSON, {@code .yaml}/{@code .yml} is YAML, {@code .xml} (or any file when
 * the XML form is asked for) is the original tools' XML, anything else is the Nix language.
 */
public final class ModelReader {
    private final ModelSource nix;
    private final String extraParams;
    private final InputFormat format;
    private final String targetProperty;
    private final Map<Path, ModelNode> infrastructureNodes = new HashMap<>();

    /**
     * @param nix the source that evaluates Nix models, or null when Nix models cannot be read
     * @param extraParams a Nix attribute-set expression passed to model functions
     * @param xml whether every model is in the original tools' XML form
     */
    public ModelReader(ModelSource nix, String extraParams, boolean xml) {
        this(nix, extraParams, xml ? InputFormat.XML : null, Target.DEFAULT_TARGET_PROPERTY);
    }

    /**
     * @param nix the source that evaluates Nix models, or null when Nix models cannot be read
     * @param extraParams a Nix attribute-set expression passed to model functions
     * @param format the language of every model, or null to go by each file's name
     * @param targetProperty the property that holds a target's address unless the target names its
     *     own
     */
    public ModelReader(
            ModelSource nix, String extraParams, InputFormat format, String targetProperty) {
        this.nix = nix;
        this.extraParams = extraParams == null ? "{}" : extraParams;
        this.format = format;
        this.targetProperty =
                targetProperty == null ? Target.DEFAULT_TARGET_PROPERTY : targetProperty;
    }

    /** Reads a services model. */
    public ServicesModel services(Path argument) {
        Path file = ModelInputs.readable(argument);
        return ServicesBuilder.build(sourceFor(file).services(file, extraParams));
    }

    /** Reads an infrastructure model. */
    public Infrastructure infrastructure(Path file) {
        return InfrastructureBuilder.build(
                infrastructureNode(ModelInputs.readable(file)), targetProperty);
    }

    /**
     * Reads a distribution model; a Nix distribution is called with the given infrastructure model,
     * whose targets it names.
     *
     * @param infrastructureFile the infrastructure model, or null where the distribution names its
     *     targets by key (JSON, YAML)
     */
    public Distribution distribution(Path argument, Path infrastructureFile) {
        Path file = ModelInputs.readable(argument);
        ModelNode infrastructureNode =
                infrastructureFile == null
                        ? null
                        : infrastructureNode(ModelInputs.readable(infrastructureFile));
        Infrastructure infrastructure =
                infrastructureNode == null
                        ? null
                        : InfrastructureBuilder.build(infrastructureNode, targetProperty);
        ModelSource source = sourceFor(file);
        if (infrastructureNode == null && source == nix) {
            throw new ModelException(
                    SourcePosition.ofFile(file.toString()),
                    "a Nix distribution model needs the infrastructure model (-i)");
        }
        ModelNode root = source.distribution(file, infrastructureNode, extraParams);
        return DistributionBuilder.build(root, infrastructure, infrastructureNode, targetProperty);
    }

    /**
     * Reads a plain data model (an ID resources, IDs or docs model): an attribute set, or a Nix
     * function called with its defaults.
     */
    public ModelNode data(Path argument) {
        Path file = ModelInputs.readable(argument);
        ModelSource source = sourceFor(file);
        if (source instanceof XmlModelSource xmlSource) {
            return xmlSource.data(file);
        }
        return source.infrastructure(file);
    }

    /**
     * Reads a processes model, evaluated: a Nix model function is called with the {@code arguments}
     * it accepts, over the extra parameters; {@code ProcessesModel.from} types it.
     */
    public ModelNode processes(Path file, Map<String, Object> arguments) {
        return sourceFor(file).processes(file, arguments, extraParams);
    }

    private ModelNode infrastructureNode(Path file) {
        Path key = file.toAbsolutePath().normalize();
        ModelNode node = infrastructureNodes.get(key);
        if (node == null) {
            node = sourceFor(file).infrastructure(file);
            infrastructureNodes.put(key, node);
        }
        return node;
    }

    private ModelSource sourceFor(Path file) {
        if (!Files.exists(file)) {
            throw new ModelException(null, file + ": no such file");
        }
        if (Files.isDirectory(file) && !Files.exists(file.resolve("default.nix"))) {
            throw new ModelException(null, file + ": is a directory");
        }
        InputFormat chosen = format != null ? format : InputFormat.detect(file);
        if (chosen == InputFormat.XML) {
            return new XmlModelSource();
        }
        if (chosen == InputFormat.JSON) {
            return JsonModelSource.json();
        }
        if (chosen == InputFormat.YAML) {
            return JsonModelSource.yaml();
        }
        if (nix == null) {
            throw new ModelException(
                    SourcePosition.ofFile(file.toString()),
                    "cannot read Nix models in this build; give the model as .json or .yaml");
        }
        return nix;
    }
}
