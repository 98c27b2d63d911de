package org.dydisnix.nix;

import java.util.Map;
import java.util.TreeMap;

/**
 * A Nix string with its context: the store files it refers to (store path to content), as made by
 * {@code builtins.toFile} and kept through interpolation and concatenation.
 */
record NixString(String text, Map<String, String> context) {
    static final Map<String, String> NO_CONTEXT = Map.of();

    /**
     * The value of a context element that is not a {@code builtins.toFile} file (a copied path, a
     * derivation or one of its outputs); keys are Nix's encoding: a store path, {@code
     * !output!drvPath} or {@code =drvPath}.
     */
    static final String NO_FILE = "\0";

    NixString {
        context = context.isEmpty() ? NO_CONTEXT : context;
    }

    static NixString of(String text) {
        return new NixString(text, NO_CONTEXT);
    }

    /** A context holding both contexts. */
    static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Map<String, String> merged = new TreeMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
