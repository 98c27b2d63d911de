package org.dydisnix.model.processes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelNode.Kind;
import org.dydisnix.model.SourcePosition;

/**
 * Turns an evaluated processes model into a {@link ProcessesModel}, checking names and
 * dependencies.
 */
final class ProcessesModelBuilder {
    static final String FILES = "files";

    private final ModelNode root;
    private final ProcessDependencies dependencies = new ProcessDependencies();
    private final ModelFiles files = new ModelFiles();

    private ProcessesModelBuilder(ModelNode root) {
        this.root = root;
    }

    static ProcessesModel build(ModelNode root) {
        return new ProcessesModelBuilder(root).build();
    }

    private ProcessesModel build() {
        if (root.kind() != Kind.ATTRS) {
            throw new ProcessModelException(
                    root.position(),
                    "a processes model is "
                            + ModelNode.describe(root.kind())
                            + " while a set of process instances was expected");
        }
        SortedMap<String, ModelNode> instances = new TreeMap<>();
        root.attributes()
                .forEach(
                        (key, node) -> {
                            if (key.equals(FILES)
                                    && node.kind() == Kind.ATTRS
                                    && node.get("pkg") == null) {
                                files.addTopLevel(node);
                            } else {
                                instances.put(key, node);
                            }
                        });
        Map<String, SourcePosition> nameAt = new HashMap<>();
        instances.forEach(
                (key, instance) -> {
                    ModelNode pkg = pkg(key, instance);
                    String name = optional(pkg, "name");
                    if (name == null) {
                        name = optional(pkg, "instanceName");
                    }
                    if (name == null) {
                        name = key;
                    }
                    SourcePosition previous = nameAt.putIfAbsent(name, pkg.position());
                    if (previous != null) {
                        throw new ProcessModelException(
                                pkg.position(),
                                "duplicate process name '"
                                        + name
                                        + "' (also used at "
                                        + previous
                                        + ")");
                    }
                    dependencies.register(key, name, pkg);
                });
        SortedMap<String, ManagedProcess> processes = new TreeMap<>();
        instances.forEach(
                (key, instance) -> {
                    ManagedProcess process =
                            process(key, dependencies.nameOf(key), pkg(key, instance));
                    processes.put(process.name(), process);
                });
        ProcessDependencies.checkAcyclic(processes);
        return new ProcessesModel(processes, files.files());
    }

    private static ModelNode pkg(String key, ModelNode instance) {
        if (instance.kind() != Kind.ATTRS) {
            throw new ProcessModelException(
                    instance.position(),
                    "process instance '"
                            + key
                            + "' is "
                            + ModelNode.describe(instance.kind())
                            + " while a set with a 'pkg' was expected");
        }
        ModelNode pkg = instance.get("pkg");
        if (pkg == null) {
            throw new ProcessModelException(
                    instance.position(), "process instance '" + key + "' has no 'pkg'");
        }
        if (pkg.kind() != Kind.ATTRS) {
            throw new ProcessModelException(
                    pkg.position(),
                    "the 'pkg' of process instance '"
                            + key
                            + "' is "
                            + ModelNode.describe(pkg.kind())
                            + " while a managed process (a set) was expected");
        }
        return pkg;
    }

    private ManagedProcess process(String key, String name, ModelNode pkg) {
        String process = executable(pkg, "process");
        String foreground = executable(pkg, "foregroundProcess");
        String daemon = executable(pkg, "daemon");
        if (process == null && foreground == null && daemon == null) {
            throw new ProcessModelException(
                    pkg.position(),
                    "process '"
                            + name
                            + "' has neither 'process' nor 'foregroundProcess' nor 'daemon'");
        }
        SortedMap<String, String> environment = new TreeMap<>();
        ModelNode env = pkg.get("environment");
        if (env != null && env.kind() != Kind.NULL) {
            env.attributes()
                    .forEach(
                            (variable, value) ->
                                    environment.put(variable, files.text(value, false)));
        }
        return new ManagedProcess(
                key,
                name,
                optionalText(pkg, "description"),
                process,
                foreground,
                daemon,
                list(pkg, "args"),
                list(pkg, "foregroundProcessExtraArgs"),
                list(pkg, "daemonExtraArgs"),
                optionalText(pkg, "pidFile"),
                environment,
                optionalText(pkg, "directory"),
                umask(pkg),
                nice(pkg),
                optional(pkg, "user"),
                optionalText(pkg, "initialize"),
                dependencies.of(name, pkg),
                CredentialsReader.read(pkg),
                overrides(pkg),
                oneshot(pkg),
                pkg.position());
    }

    private static boolean oneshot(ModelNode pkg) {
        ModelNode value = pkg.get("oneshot");
        if (value == null || value.kind() == Kind.NULL) {
            return false;
        }
        if (value.kind() != Kind.BOOL) {
            throw new ProcessModelException(
                    value.position(),
                    "'oneshot' must be true or false, not " + ModelNode.describe(value.kind()));
        }
        return value.asBoolean();
    }

    /** The attribute's string, or null when it is absent or null. */
    static String optional(ModelNode node, String attribute) {
        ModelNode value = node.get(attribute);
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        return value.asString();
    }

    private String optionalText(ModelNode node, String attribute) {
        ModelNode value = node.get(attribute);
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        return files.text(value, false);
    }

    private String executable(ModelNode node, String attribute) {
        ModelNode value = node.get(attribute);
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        return files.text(value, true);
    }

    private List<String> list(ModelNode node, String attribute) {
        ModelNode value = node.get(attribute);
        if (value == null || value.kind() == Kind.NULL) {
            return List.of();
        }
        if (value.kind() != Kind.LIST) {
            throw new ProcessModelException(
                    value.position(),
                    "'"
                            + attribute
                            + "' is "
                            + ModelNode.describe(value.kind())
                            + " while a list of strings was expected");
        }
        List<String> texts = new ArrayList<>();
        value.elements().forEach(element -> texts.add(files.text(element, false)));
        return texts;
    }

    private String umask(ModelNode pkg) {
        ModelNode value = pkg.get("umask");
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        String text = files.text(value, false);
        if (!text.matches("[0-7]{1,4}")) {
            throw new ProcessModelException(
                    value.position(), "umask '" + text + "' is not an octal number");
        }
        return text;
    }

    private static Integer nice(ModelNode pkg) {
        ModelNode value = pkg.get("nice");
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        return (int) value.asLong();
    }

    private static SortedMap<String, Object> overrides(ModelNode pkg) {
        SortedMap<String, Object> overrides = new TreeMap<>();
        ModelNode value = pkg.get("overrides");
        if (value == null || value.kind() == Kind.NULL) {
            return overrides;
        }
        value.attributes()
                .forEach(
                        (processManager, settings) -> {
                            if (settings.kind() == Kind.ATTRS) {
                                overrides.put(processManager, settings.toPlain());
                            }
                        });
        return overrides;
    }
}
