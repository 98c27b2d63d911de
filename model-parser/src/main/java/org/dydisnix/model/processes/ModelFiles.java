package org.dydisnix.model.processes;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelNode.Kind;
import org.dydisnix.model.SourcePosition;

/**
 * The files a processes model brings into the image: its top-level {@code files}, JSON file objects
 * and Nix {@code builtins.toFile} results, each path once with one content.
 */
final class ModelFiles {
    private final SortedMap<String, ModelFile> files = new TreeMap<>();
    private final Map<String, SourcePosition> positions = new HashMap<>();

    /** The files collected so far, by path. */
    SortedMap<String, ModelFile> files() {
        return files;
    }

    /** Adds the model's top-level {@code files} set. */
    void addTopLevel(ModelNode node) {
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
                                add(
                                        path,
                                        content.asString(),
                                        mode(value, ModelFile.DEFAULT_MODE),
                                        value.position());
                            } else {
                                add(
                                        path,
                                        value.asString(),
                                        ModelFile.DEFAULT_MODE,
                                        value.position());
                            }
                        });
    }

    /**
     * The text of a string-like value, recording every file it refers to: a Nix string's {@code
     * builtins.toFile} context, or a JSON file object {@code {"path": …, "content": …}}.
     */
    String text(ModelNode value, boolean executable) {
        int mode = executable ? ModelFile.EXECUTABLE_MODE : ModelFile.DEFAULT_MODE;
        return switch (value.kind()) {
            case STRING, PATH -> {
                String text = value.asString();
                value.referencedFiles()
                        .forEach((path, content) -> add(path, content, mode, value.position()));
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
                add(text, content.asString(), mode(value, mode), value.position());
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

    private void add(String path, String content, int mode, SourcePosition position) {
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
                                + positions.get(path)
                                + ")");
            }
            mode = Math.max(mode, previous.mode());
        } else {
            positions.put(path, position);
        }
        files.put(path, new ModelFile(path, content, mode));
    }
}
