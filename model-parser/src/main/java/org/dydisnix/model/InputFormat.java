package org.dydisnix.model;

import java.util.Locale;

/** The languages a model can be written in. */
public enum InputFormat {
    NIX,
    JSON,
    YAML,
    XML;

    /** The format of a file: the one its name says, else the one its content shows. */
    public static InputFormat detect(java.nio.file.Path file) {
        InputFormat named = byName(file.toString());
        return named != null ? named : ModelInputs.sniff(file);
    }

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
