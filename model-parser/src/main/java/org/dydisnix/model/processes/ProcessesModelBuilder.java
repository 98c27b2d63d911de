package org.dydisnix.model.processes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    private final Map<Object, String> nameByIdentity = new IdentityHashMap<>();
    private final Map<String, String> nameByInstance = new HashMap<>();
    private final SortedMap<String, ModelFile> files = new TreeMap<>();
    private final Map<String, SourcePosition> filePositions = new HashMap<>();

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
                                topLevelFiles(node);
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
                    nameByInstance.put(key, name);
                    Object identity = pkg.identity();
                    if (identity != null) {
                        nameByIdentity.put(identity, name);
                    }
                });
        SortedMap<String, ManagedProcess> processes = new TreeMap<>();
        instances.forEach(
                (key, instance) -> {
                    ManagedProcess process =
                            process(key, nameByInstance.get(key), pkg(key, instance));
                    processes.put(process.name(), process);
                });
        checkDependencies(processes);
        return new ProcessesModel(processes, files);
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

    private void topLevelFiles(ModelNode node) {
        node.attributes()
                .forEach(
                        (path, value) -> {
                            if (value.kind() == Kind.ATTRS) {
                                ModelNode content = value.get("content");
                                if (content == null) {
                                    throw new ProcessModelException(
                                            value.position(),
                                            "file '" + path + "' has no 'content'");
                                }
                                addFile(
                                        path,
                                        content.asString(),
                                        mode(value, ModelFile.DEFAULT_MODE),
                                        value.position());
                            } else {
                                addFile(
                                        path,
                                        value.asString(),
                                        ModelFile.DEFAULT_MODE,
                                        value.position());
                            }
                        });
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
                    .forEach((variable, value) -> environment.put(variable, text(value, false)));
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
                dependencies(name, pkg),
                credentials(pkg),
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

    private static String optional(ModelNode node, String attribute) {
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
        return text(value, false);
    }

    private String executable(ModelNode node, String attribute) {
        ModelNode value = node.get(attribute);
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        return text(value, true);
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
        value.elements().forEach(element -> texts.add(text(element, false)));
        return texts;
    }

    /**
     * The text of a string-like value, recording every file it refers to: a Nix string's {@code
     * builtins.toFile} context, or a JSON file object {@code {"path": …, "content": …}}.
     */
    private String text(ModelNode value, boolean executable) {
        int mode = executable ? ModelFile.EXECUTABLE_MODE : ModelFile.DEFAULT_MODE;
        return switch (value.kind()) {
            case STRING, PATH -> {
                String text = value.asString();
                value.referencedFiles()
                        .forEach((path, content) -> addFile(path, content, mode, value.position()));
                yield text;
            }
            case INT -> Long.toString(value.asLong());
            case FLOAT -> Double.toString(value.asDouble());
            case BOOL -> value.asBoolean() ? "1" : "";
            case ATTRS -> {
                ModelNode path = value.get("path");
                ModelNode content = value.get("content");
                if (path == null || content == null) {
                    throw new ProcessModelException(
                            value.position(),
                            "a set is used as a string; a file object needs 'path' and 'content'");
                }
                String text = path.asString();
                addFile(text, content.asString(), mode(value, mode), value.position());
                yield text;
            }
            default ->
                    throw new ProcessModelException(
                            value.position(),
                            "value is "
                                    + ModelNode.describe(value.kind())
                                    + " while a string was expected");
        };
    }

    private static int mode(ModelNode file, int fallback) {
        ModelNode mode = file.get("mode");
        if (mode == null || mode.kind() == Kind.NULL) {
            return fallback;
        }
        long value;
        try {
            value = mode.kind() == Kind.INT ? mode.asLong() : Long.parseLong(mode.asString(), 8);
        } catch (NumberFormatException e) {
            throw new ProcessModelException(
                    mode.position(), "file mode '" + mode.asString() + "' is not an octal number");
        }
        if (value < 0 || value > 07777) {
            throw new ProcessModelException(
                    mode.position(),
                    "file mode "
                            + Long.toOctalString(value)
                            + " is out of range (permission bits are 0 to 7777 in octal)");
        }
        return (int) value;
    }

    private void addFile(String path, String content, int mode, SourcePosition position) {
        if (!path.startsWith("/")
                || path.contains("/../")
                || path.endsWith("/..")
                || path.endsWith("/")) {
            throw new ProcessModelException(
                    position, "file path '" + path + "' is not an absolute path of a file");
        }
        ModelFile previous = files.get(path);
        if (previous != null) {
            if (!previous.content().equals(content)) {
                throw new ProcessModelException(
                        position,
                        "file '"
                                + path
                                + "' is given twice with different "
                                + "content (first at "
                                + filePositions.get(path)
                                + ")");
            }
            mode = Math.max(mode, previous.mode());
        } else {
            filePositions.put(path, position);
        }
        files.put(path, new ModelFile(path, content, mode));
    }

    private String umask(ModelNode pkg) {
        ModelNode value = pkg.get("umask");
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        String text = text(value, false);
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

    private List<String> dependencies(String name, ModelNode pkg) {
        ModelNode value = pkg.get("dependencies");
        if (value == null || value.kind() == Kind.NULL) {
            return List.of();
        }
        if (value.kind() != Kind.LIST) {
            throw new ProcessModelException(
                    value.position(),
                    "the dependencies of process '"
                            + name
                            + "' are "
                            + ModelNode.describe(value.kind())
                            + " while a list was expected");
        }
        List<String> names = new ArrayList<>();
        for (ModelNode dependency : value.elements()) {
            String target = dependency(name, dependency);
            if (!names.contains(target)) {
                names.add(target);
            }
        }
        return names;
    }

    private String dependency(String name, ModelNode dependency) {
        if (dependency.kind() == Kind.STRING) {
            String target = dependency.asString();
            if (nameByInstance.containsValue(target)) {
                return target;
            }
            if (nameByInstance.containsKey(target)) {
                return nameByInstance.get(target);
            }
            throw new ProcessModelException(
                    dependency.position(),
                    "process '" + name + "' depends on unknown process '" + target + "'");
        }
        if (dependency.kind() == Kind.ATTRS) {
            Object identity = dependency.identity();
            if (identity != null && nameByIdentity.containsKey(identity)) {
                return nameByIdentity.get(identity);
            }
            String target = optional(dependency, "name");
            if (target == null) {
                target = optional(dependency, "instanceName");
            }
            if (target != null && nameByInstance.containsValue(target)) {
                return target;
            }
            throw new ProcessModelException(
                    dependency.position(),
                    "process '"
                            + name
                            + "' depends on a process that is not in the model"
                            + (target == null ? "" : " ('" + target + "')"));
        }
        throw new ProcessModelException(
                dependency.position(),
                "a dependency of process '"
                        + name
                        + "' is "
                        + ModelNode.describe(dependency.kind())
                        + " while a process or a process name was expected");
    }

    private Credentials credentials(ModelNode pkg) {
        ModelNode value = pkg.get("credentials");
        if (value == null || value.kind() == Kind.NULL) {
            return Credentials.NONE;
        }
        SortedMap<String, Credentials.Group> groups = new TreeMap<>();
        SortedMap<String, Credentials.User> users = new TreeMap<>();
        ModelNode groupsNode = value.get("groups");
        if (groupsNode != null && groupsNode.kind() != Kind.NULL) {
            groupsNode
                    .attributes()
                    .forEach(
                            (group, spec) ->
                                    groups.put(
                                            group, new Credentials.Group(group, id(spec, "gid"))));
        }
        ModelNode usersNode = value.get("users");
        if (usersNode != null && usersNode.kind() != Kind.NULL) {
            usersNode
                    .attributes()
                    .forEach(
                            (user, spec) -> {
                                ModelNode createHome = spec.get("createHomeDir");
                                users.put(
                                        user,
                                        new Credentials.User(
                                                user,
                                                id(spec, "uid"),
                                                optional(spec, "group"),
                                                optional(spec, "description"),
                                                optional(spec, "homeDir"),
                                                createHome != null
                                                        && createHome.kind() == Kind.BOOL
                                                        && createHome.asBoolean(),
                                                optional(spec, "shell"),
                                                optional(spec, "password")));
                            });
        }
        return new Credentials(groups, users);
    }

    private static Long id(ModelNode spec, String attribute) {
        if (spec.kind() != Kind.ATTRS) {
            throw new ProcessModelException(
                    spec.position(),
                    "a credential is "
                            + ModelNode.describe(spec.kind())
                            + " while a set was expected");
        }
        ModelNode value = spec.get(attribute);
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        long id = value.asLong();
        if (id < 0) {
            throw new ProcessModelException(
                    value.position(), attribute + " " + id + " is negative");
        }
        return id;
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

    private static void checkDependencies(SortedMap<String, ManagedProcess> processes) {
        Map<String, Integer> state = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        for (String name : processes.keySet()) {
            visit(name, processes, state, path);
        }
    }

    private static void visit(
            String name,
            SortedMap<String, ManagedProcess> processes,
            Map<String, Integer> state,
            Deque<String> path) {
        Integer seen = state.get(name);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                in |= step.equals(name);
                if (in) {
                    cycle.add(step);
                }
            }
            cycle.add(name);
            throw new ProcessModelException(
                    processes.get(name).position(),
                    "dependency cycle: " + String.join(" -> ", cycle));
        }
        state.put(name, 1);
        path.push(name);
        for (String dependency : processes.get(name).dependencies()) {
            visit(dependency, processes, state, path);
        }
        path.pop();
        state.put(name, 2);
    }
}
