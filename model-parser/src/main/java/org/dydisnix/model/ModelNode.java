package org.dydisnix.model;

import java.util.List;
import java.util.SortedMap;

/**
 * One value of a model as read from its file (Nix, JSON, YAML or XML), forced only when asked for.
 *
 * <p>Implementations are lazy where their format is: a Nix attribute such as {@code pkg} is never
 * evaluated unless a caller asks for it. Every accessor that finds another kind of value than the
 * one it needs throws a {@link ModelException} at {@link #position()}.
 */
public interface ModelNode {

    /** The kinds of values a model holds. */
    enum Kind {
        STRING,
        INT,
        FLOAT,
        BOOL,
        NULL,
        PATH,
        LIST,
        ATTRS,
        FUNCTION,
        OTHER
    }

    /** Forces the value as far as needed to tell its kind. */
    Kind kind();

    /** Where the value was written. */
    SourcePosition position();

    /** The string (or path) value. */
    String asString();

    /** The integer value. */
    long asLong();

    /** The number value (integer or float). */
    double asDouble();

    /** The boolean value. */
    boolean asBoolean();

    /** The elements of a list, each still unforced where the format allows. */
    List<ModelNode> elements();

    /**
     * The attributes of an attribute set (object), sorted by name, values unforced where possible.
     */
    SortedMap<String, ModelNode> attributes();

    /** The attribute {@code name}, or null when absent. */
    default ModelNode get(String name) {
        return attributes().get(name);
    }

    /**
     * An object that is the same (by {@code ==}) for two nodes that denote the same value in the
     * evaluated model, e.g. {@code infrastructure.test1} seen from the distribution and from the
     * infrastructure; null where the format has no such identity (JSON, YAML, XML).
     */
    default Object identity() {
        return null;
    }

    /**
     * The files a string refers to through its context (Nix {@code builtins.toFile} results reached
     * by interpolation or concatenation): the path each file has in the string, to its content.
     * Empty for data formats.
     */
    default java.util.SortedMap<String, String> referencedFiles() {
        return java.util.Collections.emptySortedMap();
    }

    /**
     * The fully forced value as plain Java data: String, Long, Double, Boolean, null, {@code
     * List<Object>}, {@code SortedMap<String,Object>}.
     */
    Object toPlain();

    /** A short name of the kind for messages: "a string", "a list", "an attribute set". */
    static String describe(Kind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case INT -> "an integer";
            case FLOAT -> "a float";
            case BOOL -> "a Boolean";
            case NULL -> "null";
            case PATH -> "a path";
            case LIST -> "a list";
            case ATTRS -> "a set";
            case FUNCTION -> "a function";
            case OTHER -> "a value of another type";
        };
    }
}
