package org.dydisnix.model;

import java.util.Locale;

/** The languages a model can be written in. */
public enum InputFormat {
    NIX,
    JSON,
    YAML,
    XML;

    /** The format a file name says, or null when it says nothing ({@code .nix} is Nix). */
    public static InputFormat byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".xml")) {
            return XML;
        }
        if (name.endsWith(".nix")) {
            return NIX;
        }
        return null;
    }
}
