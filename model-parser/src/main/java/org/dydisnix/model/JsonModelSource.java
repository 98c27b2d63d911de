package org.dydisnix.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads models written as JSON or YAML data: the same shapes as the Nix models after evaluation,
 * with {@code dependsOn}/{@code connectsTo} as lists of service names and distribution targets as
 * target keys.
 */
public final class JsonModelSource implements ModelSource {
    private final JsonFactory factory;

    private JsonModelSource(JsonFactory factory) {
        this.factory = factory;
    }

    /** A source for JSON files. */
    public static JsonModelSource json() {
        return new JsonModelSource(new JsonFactory());
    }

    /** A source for YAML files. */
    public static JsonModelSource yaml() {
        return new JsonModelSource(new YAMLFactory());
    }

    @Override
    public ModelNode services(Path file, String extraParams) {
        return read(file);
    }

    @Override
    public ModelNode infrastructure(Path file) {
        return read(file);
    }

    @Override
    public ModelNode distribution(Path file, ModelNode infrastructure, String extraParams) {
        return read(file);
    }

    /** Reads one file into a tree of nodes that keep their positions. */
    public ModelNode processes(
            Path file, java.util.Map<String, Object> arguments, String extraParams) {
        return read(file);
    }

    /** Reads a model file of this language. */
    public ModelNode read(Path file) {
        return read(file, null);
    }

    /**
     * Reads one file whose values are reported as coming from another file, without line numbers
     * (for JSON computed from a model, such as nix-instantiate's output).
     */
    public ModelNode read(Path file, String reportedFile) {
        String name =
                reportedFile == null ? ModelInputs.shownName(file, file.toString()) : reportedFile;
        boolean lines = reportedFile == null;
        JsonParser open = null;
        try (JsonParser parser = factory.createParser(file.toFile())) {
            open = parser;
            if (parser.nextToken() == null) {
                throw new ModelException(SourcePosition.ofFile(name), "file is empty");
            }
            ModelNode root = value(parser, name, lines);
            if (parser.nextToken() != null) {
                throw new ModelException(
                        position(parser.currentTokenLocation(), name, lines),
                        "unexpected content after the end of the model");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if (at == null && open != null) {
                at = open.currentLocation();
            }
            throw new ModelException(position(at, name, lines), oneLine(e.getOriginalMessage()));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ModelException(null, name + ": permission denied");
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ModelException(null, name + ": no such file");
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("No such file")) {
                throw new ModelException(null, name + ": no such file");
            }
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The first line of a parser message, without the hints for Jackson's own API (which option to
     * change, which class read the stream).
     */
    private static String oneLine(String message) {
        if (message == null) {
            return "cannot parse";
        }
        String line =
                message.strip()
                        .lines()
                        .filter(part -> !part.isBlank() && !Character.isWhitespace(part.charAt(0)))
                        .map(String::strip)
                        .reduce((first, second) -> first + ": " + second)
                        .orElse("cannot parse");
        return line.replaceAll(" \\(by setting [^)]*\\)", "")
                .replaceAll(" \\(?(use|call|using) `?[A-Za-z.]*(Feature|Constraints)[^)]*\\)?", "")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "")
                .replaceAll("\\((\\d+), from `[^`]*`\\)", "($1)")
                .replaceAll("[:.]$", "");
    }

    private static SourcePosition position(JsonLocation location, String file, boolean lines) {
        if (location == null || !lines) {
            return SourcePosition.ofFile(file);
        }
        return new SourcePosition(file, location.getLineNr(), location.getColumnNr());
    }

    private static ModelNode value(JsonParser parser, String file, boolean lines)
            throws IOException {
        SourcePosition at = position(parser.currentTokenLocation(), file, lines);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, ModelNode> attributes = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourcePosition keyAt = position(parser.currentTokenLocation(), file, lines);
                    parser.nextToken();
                    if (attributes.put(key, value(parser, file, lines)) != null) {
                        throw new ModelException(keyAt, "attribute '" + key + "' already defined");
                    }
                }
                yield DataNode.ofAttrs(attributes, at);
            }
            case START_ARRAY -> {
                List<ModelNode> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(parser, file, lines));
                }
                yield DataNode.ofList(elements, at);
            }
            case VALUE_STRING -> DataNode.ofString(parser.getText(), at);
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new ModelException(
                            at,
                            "integer "
                                    + parser.getText()
                                    + " does not fit in 64 bits (the range of Nix integers)");
                }
                yield DataNode.ofLong(parser.getLongValue(), at);
            }
            case VALUE_NUMBER_FLOAT -> DataNode.ofDouble(parser.getDoubleValue(), at);
            case VALUE_TRUE -> DataNode.ofBoolean(true, at);
            case VALUE_FALSE -> DataNode.ofBoolean(false, at);
            case VALUE_NULL -> DataNode.ofNull(at);
            default -> throw new ModelException(at, "unexpected " + token);
        };
    }
}
