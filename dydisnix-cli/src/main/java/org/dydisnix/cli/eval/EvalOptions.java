package org.dydisnix.cli.eval;

import java.util.ArrayList;
import java.util.List;
import org.dydisnix.cli.options.LowerCaseCandidates;
import picocli.CommandLine.Option;

/**
 * The options {@code eval} shares with {@code nix-instantiate --eval}: what to select, the
 * arguments of a model function, how deeply to force and how to print the value.
 */
public final class EvalOptions {

    /** The printed form of the value. */
    public enum Format {
        JSON,
        NIX
    }

    /** The printed forms in lower case. */
    static final class Formats extends LowerCaseCandidates<Format> {
        Formats() {
            super(Format.class);
        }
    }

    @Option(
            names = {"-A", "--attr"},
            paramLabel = "<attrpath>",
            description = "Print only this attribute (a.b.0.c).")
    public String attributePath;

    @Option(
            names = "--arg",
            arity = "2",
            hideParamSyntax = true,
            paramLabel = "<name> <expr>",
            description = "Pass the value of a Nix expression as argument <name> (repeatable).")
    public List<String> arguments = new ArrayList<>();

    @Option(
            names = "--argstr",
            arity = "2",
            hideParamSyntax = true,
            paramLabel = "<name> <string>",
            description = "Pass a string as argument <name> (repeatable).")
    public List<String> stringArguments = new ArrayList<>();

    @Option(
            names = "--option",
            arity = "2",
            hideParamSyntax = true,
            paramLabel = "<name> <value>",
            description = "Set a Nix setting, as nix-instantiate does (abort-on-warn; repeatable).")
    public List<String> settings = new ArrayList<>();

    @Option(
            names = "--strict",
            description = "Force the value deeply (nested attributes and list elements).")
    public boolean strict;

    @Option(
            names = "--format",
            paramLabel = "<format>",
            completionCandidates = Formats.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: json).")
    Format format = Format.JSON;

    @Option(names = "--json", description = "Print JSON (the default; as nix-instantiate --json).")
    boolean json;

    @Option(
            names = "--eval",
            description =
                    "Accepted for nix-instantiate compatibility (evaluation is all this does).")
    boolean evalOnly;

    @Option(
            names = "--read-write-mode",
            description = "Accepted for nix-instantiate compatibility (nothing is ever written).")
    boolean readWriteMode;

    @Option(
            names = "--show-trace",
            description = "On an evaluation error, also print the enclosing evaluation frames.")
    public boolean showTrace;

    /** Whether the value is printed as JSON rather than in Nix syntax. */
    public boolean printsJson() {
        return format == Format.JSON || json;
    }
}
