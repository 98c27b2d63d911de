package org.dydisnix.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The commands' options as the quick parser reads them: generated at build time from the picocli
 * model ({@link OptionTableBuilder}), one line per command, option, positional parameter and
 * {@code @Spec} field, fields separated by tabs.
 */
public record OptionTable(Map<String, Command> commands) {

    /** The resource the build writes next to this class. */
    public static final String RESOURCE = "options.table";

    /** The name under which the top command's own options are listed. */
    public static final String ROOT = "";

    /**
     * A command ({@code mixins}: the paths of its mixin fields, outer ones first; {@code groups}:
     * the paths of its argument groups, each needing exactly one of its members): quick when every
     * option it may be given is described well enough for the quick parser, else the reason why
     * not.
     */
    public record Command(
            String name,
            String slowBecause,
            List<Arg> options,
            List<Arg> positionals,
            List<String> specs,
            List<String> mixins,
            List<String> groups) {

        /** Whether the quick parser may parse this command's arguments at all. */
        public boolean quick() {
            return slowBecause.isEmpty();
        }

        /** The option with this exact name, or null. */
        public Arg option(String name) {
            for (Arg option : options) {
                if (option.names().contains(name)) {
                    return option;
                }
            }
            return null;
        }

        /** The argument group this option or parameter belongs to, or null. */
        public String group(Arg arg) {
            for (String group : groups) {
                if (arg.binding().startsWith(group + ".")) {
                    return group;
                }
            }
            return null;
        }
    }

    /**
     * An option (names) or a positional parameter (no names; index in {@code index}): where its
     * value goes ({@code binding}: field names from the command, {@code ^} starting at the top
     * command, a last {@code name()} a setter method; empty when the quick parser leaves it to
     * picocli), its type ({@code boolean}, a class name, {@code enum:}, {@code list:} or {@code
     * pairs:} (two values each time, into one list) and a class name), whether it is required, and
     * its default value before interpolation (null: none).
     */
    public record Arg(
            List<String> names,
            int index,
            String binding,
            String type,
            boolean required,
            String defaultValue) {

        /** Whether the quick parser can take this option when it is given. */
        public boolean quick() {
            return !binding.isEmpty();
        }
    }

    /** The table in its text form. */
    public String format() {
        StringBuilder text = new StringBuilder();
        for (Command command : commands.values()) {
            line(text, "command", command.name(), command.slowBecause());
            for (String spec : command.specs()) {
                line(text, "spec", spec);
            }
            for (String mixin : command.mixins()) {
                line(text, "mixin", mixin);
            }
            for (String group : command.groups()) {
                line(text, "group", group);
            }
            for (Arg option : command.options()) {
                arg(text, "option", String.join(",", option.names()), option);
            }
            for (Arg positional : command.positionals()) {
                arg(text, "positional", Integer.toString(positional.index()), positional);
            }
        }
        return text.toString();
    }

    private static void arg(StringBuilder text, String kind, String key, Arg arg) {
        line(
                text,
                kind,
                key,
                arg.binding(),
                arg.type(),
                arg.required() ? "required" : "optional",
                arg.defaultValue() == null ? "" : "=" + arg.defaultValue());
    }

    private static void line(StringBuilder text, String... fields) {
        text.append(String.join("\t", fields)).append('\n');
    }

    /** Reads the text form. */
    public static OptionTable parse(String text) {
        Map<String, Command> commands = new LinkedHashMap<>();
        Command current = null;
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end == start) {
                continue;
            }
            String line = text.substring(start, end);
            String[] fields = fields(line, '\t');
            switch (fields[0]) {
                case "command" -> {
                    current =
                            new Command(
                                    fields[1],
                                    fields[2],
                                    new ArrayList<>(),
                                    new ArrayList<>(),
                                    new ArrayList<>(),
                                    new ArrayList<>(),
                                    new ArrayList<>());
                    commands.put(current.name(), current);
                }
                case "spec" -> current.specs().add(fields[1]);
                case "mixin" -> current.mixins().add(fields[1]);
                case "group" -> current.groups().add(fields[1]);
                case "option" ->
                        current.options().add(arg(List.of(fields(fields[1], ',')), 0, fields));
                case "positional" ->
                        current.positionals()
                                .add(arg(List.of(), Integer.parseInt(fields[1]), fields));
                default -> throw new IllegalArgumentException("not an option table line: " + line);
            }
        }
        return new OptionTable(commands);
    }

    /**
     * The fields of {@code line} between the {@code separator}s, empty ones included (without
     * {@link String#split}'s regular expression and list machinery, at every start).
     */
    private static String[] fields(String line, char separator) {
        int n = 1;
        for (int i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, i + 1)) {
            n++;
        }
        String[] fields = new String[n];
        int start = 0;
        for (int f = 0; f < n - 1; f++) {
            int end = line.indexOf(separator, start);
            fields[f] = line.substring(start, end);
            start = end + 1;
        }
        fields[n - 1] = line.substring(start);
        return fields;
    }

    private static Arg arg(List<String> names, int index, String[] fields) {
        return new Arg(
                names,
                index,
                fields[2],
                fields[3],
                fields[4].equals("required"),
                fields[5].isEmpty() ? null : fields[5].substring(1));
    }

    /**
     * The table the build put next to this class, or null when there is none. Read from this
     * class's own jar: a class loader's resource lookup would open every jar before it on the class
     * path.
     */
    public static OptionTable load() {
        String entry = OptionTable.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
        try {
            Path base =
                    Path.of(
                            OptionTable.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            if (Files.isDirectory(base)) {
                return parse(Files.readString(base.resolve(entry), StandardCharsets.UTF_8));
            }
            try (ZipFile jar = new ZipFile(base.toFile())) {
                ZipEntry table = jar.getEntry(entry);
                if (table == null) {
                    return null;
                }
                try (InputStream in = jar.getInputStream(table)) {
                    return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
