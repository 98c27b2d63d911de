package org.dydisnix.cli.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dydisnix.cli.Dydisnix;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes a roff man page per command ({@code dydisnix.1}, {@code dydisnix-graphcol.1}, ...) from
 * the picocli model, so the pages always match the options. Run at build time.
 */
public final class ManPages {

    private ManPages() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        CommandLine root = Dydisnix.commandLine();
        write(directory, "dydisnix", root.getCommandSpec());
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!spec.usageMessage().hidden() && !"help".equals(spec.name())) {
                write(directory, "dydisnix-" + spec.name(), spec);
            }
        }
    }

    private static void write(Path directory, String name, CommandSpec spec) throws IOException {
        Files.writeString(directory.resolve(name + ".1"), page(name, spec), StandardCharsets.UTF_8);
    }

    static String page(String name, CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append(".TH \"")
                .append(name.toUpperCase(java.util.Locale.ROOT))
                .append("\" 1 \"\" \"dydisnix\" \"User Commands\"\n");
        out.append(".SH NAME\n")
                .append(escape(name))
                .append(" \\- ")
                .append(escape(String.join(" ", spec.usageMessage().header())))
                .append('\n');
        out.append(".SH SYNOPSIS\n.B ")
                .append(escape(spec.qualifiedName()))
                .append("\n[\\fIOPTIONS\\fR]");
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            out.append(" \\fI").append(escape(positional.paramLabel())).append("\\fR");
        }
        out.append('\n');
        String[] description = spec.usageMessage().description();
        if (description.length > 0) {
            out.append(".SH DESCRIPTION\n");
            for (String paragraph : description) {
                out.append(escape(paragraph)).append("\n.PP\n");
            }
        }
        if (!spec.subcommands().isEmpty()) {
            out.append(".SH COMMANDS\n");
            spec.subcommands()
                    .forEach(
                            (sub, commandLine) -> {
                                out.append(".TP\n.B ")
                                        .append(escape(sub))
                                        .append('\n')
                                        .append(
                                                escape(
                                                        String.join(
                                                                " ",
                                                                commandLine
                                                                        .getCommandSpec()
                                                                        .usageMessage()
                                                                        .header())))
                                        .append('\n');
                            });
        }
        List<OptionSpec> options = spec.options();
        if (!options.isEmpty()) {
            out.append(".SH OPTIONS\n");
            for (OptionSpec option : options) {
                out.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
                if (option.arity().max() > 0) {
                    out.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
                }
                out.append('\n')
                        .append(
                                escape(
                                        String.join(" ", option.description())
                                                .replace(
                                                        "${DEFAULT-VALUE}",
                                                        String.valueOf(option.defaultValue()))
                                                .replace(
                                                        "${COMPLETION-CANDIDATES}",
                                                        candidates(option))))
                        .append('\n');
            }
        }
        exitStatus(out, spec.root());
        return out.toString();
    }

    /** The exit codes the top command lists in its help, so both say the same. */
    private static void exitStatus(StringBuilder out, CommandSpec root) {
        out.append(".SH EXIT STATUS\n");
        root.usageMessage()
                .exitCodeList()
                .forEach(
                        (code, meaning) ->
                                out.append(".TP\n.B ")
                                        .append(escape(code.strip()))
                                        .append('\n')
                                        .append(escape(meaning))
                                        .append('\n'));
    }

    private static String candidates(OptionSpec option) {
        Iterable<String> values = option.completionCandidates();
        return values == null ? "" : String.join(", ", values);
    }

    private static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
