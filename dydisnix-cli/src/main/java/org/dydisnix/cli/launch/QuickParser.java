package org.dydisnix.cli.launch;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses the common command lines without building picocli's model: a command of the {@link
 * OptionTable} with options given as {@code --name value}, {@code --name=value} or {@code -n
 * value}. Whatever it is not sure of (help, version, an unknown or repeated option, a value that
 * looks like an option, an argument file, a missing required option, a value it cannot convert)
 * makes it return null, so that picocli parses the whole command line as before.
 */
public final class QuickParser {

    /**
     * A parsed command line: the subcommand's name, its object with every value set, the top
     * command.
     */
    public record Parsed(OptionTable.Command command, Object object, Object root) {

        /** The command's mixin objects. */
        public List<Object> mixins() throws ReflectiveOperationException {
            List<Object> mixins = new ArrayList<>();
            for (String path : command.mixins()) {
                Object target = object;
                for (String name : path.split("\\.")) {
                    target = Binder.field(target.getClass(), name).get(target);
                }
                mixins.add(target);
            }
            return mixins;
        }

        /** Sets the command's {@code @Spec} fields to this spec. */
        public void injectSpec(Object spec) throws ReflectiveOperationException {
            for (String name : command.specs()) {
                Binder.field(object.getClass(), name).set(object, spec);
            }
        }
    }

    private final OptionTable table;
    private final Function<String, Object> commands;
    private final Function<String, String> environment;

    /**
     * A parser of this table's commands, {@code commands} making a new object of a command by name
     * ({@link OptionTable#ROOT}: the top command), {@code environment} resolving {@code ${env:...}}
     * in default values.
     */
    public QuickParser(
            OptionTable table,
            Function<String, Object> commands,
            Function<String, String> environment) {
        this.table = table;
        this.commands = commands;
        this.environment = environment;
    }

    /** The parsed command line, or null when picocli has to parse it. */
    public Parsed parse(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("@") || arg.equals("--")) {
                return null;
            }
        }
        OptionTable.Command top = table.commands().get(OptionTable.ROOT);
        if (top == null || !top.quick()) {
            return null;
        }
        Object root = commands.apply(OptionTable.ROOT);
        Map<OptionTable.Arg, List<String>> given = new IdentityHashMap<>();
        int at = 0;
        while (at < args.length && args[at].startsWith("-")) {
            at = option(top, args, at, given);
            if (at < 0) {
                return null;
            }
        }
        if (at == args.length) {
            return null;
        }
        OptionTable.Command command = table.commands().get(args[at]);
        if (command == null || !command.quick() || command.name().equals(OptionTable.ROOT)) {
            return null;
        }
        List<String> positionals = new ArrayList<>();
        for (at++; at < args.length; ) {
            String arg = args[at];
            if (arg.startsWith("-") && !arg.equals("-")) {
                at = option(command, args, at, given);
                if (at < 0) {
                    return null;
                }
            } else {
                positionals.add(arg);
                at++;
            }
        }
        Object object = commands.apply(command.name());
        Binder binder = new Binder(object, root);
        try {
            for (String mixin : command.mixins()) {
                binder.mixin(mixin);
            }
            if (!positionals(command, positionals, given) || !oneOfEachGroup(command, given)) {
                return null;
            }
            java.util.Set<String> set = new java.util.HashSet<>();
            for (Map.Entry<OptionTable.Arg, List<String>> value : given.entrySet()) {
                if (value.getValue().isEmpty()) {
                    return null;
                }
                binder.set(value.getKey(), value.getValue());
                set.add(value.getKey().binding());
            }
            for (OptionTable.Arg arg : all(command)) {
                if (set.contains(arg.binding()) || command.group(arg) != null) {
                    continue;
                }
                if (arg.required()) {
                    return null;
                }
                if (arg.defaultValue() != null) {
                    binder.set(arg, List.of(interpolate(arg.defaultValue())));
                }
            }
        } catch (Binder.Unconvertible e) {
            return null;
        }
        return new Parsed(command, object, root);
    }

    /** Whether exactly one member of each of the command's argument groups is given. */
    private static boolean oneOfEachGroup(
            OptionTable.Command command, Map<OptionTable.Arg, List<String>> given) {
        for (String group : command.groups()) {
            int members = 0;
            for (OptionTable.Arg arg : given.keySet()) {
                if (group.equals(command.group(arg))) {
                    members++;
                }
            }
            if (members != 1) {
                return false;
            }
        }
        return true;
    }

    /** The command's options and parameters (the top command's own options have no defaults). */
    private static List<OptionTable.Arg> all(OptionTable.Command command) {
        List<OptionTable.Arg> all = new ArrayList<>(command.options());
        all.addAll(command.positionals());
        return all;
    }

    /** Takes the option at {@code args[at]}; the index after it, or -1 when picocli has to. */
    private static int option(
            OptionTable.Command command,
            String[] args,
            int at,
            Map<OptionTable.Arg, List<String>> given) {
        String arg = args[at];
        int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
        OptionTable.Arg option = command.option(equals < 0 ? arg : arg.substring(0, equals));
        if (option == null || !option.quick()) {
            return -1;
        }
        boolean pairs = option.type().startsWith("pairs:");
        boolean multi = pairs || option.type().startsWith("list:");
        if (given.containsKey(option) && !multi || sameBinding(given, option)) {
            return -1;
        }
        String value;
        int next = at + 1;
        List<String> values = given.get(option);
        if (values == null) {
            values = new ArrayList<>();
            given.put(option, values);
        }
        if (pairs) {
            if (equals >= 0 || next + 1 >= args.length || option(args[next], args[next + 1])) {
                return -1;
            }
            values.add(args[next]);
            values.add(args[next + 1]);
            return next + 2;
        }
        if (option.type().equals("boolean") || option.type().equals("negated")) {
            if (equals >= 0) {
                return -1;
            }
            value = option.type().equals("boolean") ? "true" : "false";
        } else if (equals >= 0) {
            value = arg.substring(equals + 1);
        } else if (next < args.length && (!args[next].startsWith("-") || args[next].equals("-"))) {
            value = args[next++];
        } else {
            return -1;
        }
        values.add(value);
        return next;
    }

    /** Whether either of these two values looks like an option to picocli. */
    private static boolean option(String first, String second) {
        return first.startsWith("-") || second.startsWith("-");
    }

    /** An option of the top command given both before and after the subcommand. */
    private static boolean sameBinding(
            Map<OptionTable.Arg, List<String>> given, OptionTable.Arg option) {
        for (OptionTable.Arg other : given.keySet()) {
            if (other != option && other.binding().equals(option.binding())) {
                return true;
            }
        }
        return false;
    }

    private static boolean positionals(
            OptionTable.Command command,
            List<String> values,
            Map<OptionTable.Arg, List<String>> given) {
        for (int i = 0; i < values.size(); i++) {
            OptionTable.Arg parameter = null;
            for (OptionTable.Arg candidate : command.positionals()) {
                if (candidate.index() == i) {
                    parameter = candidate;
                }
            }
            if (parameter == null
                    || !parameter.quick()
                    || parameter.type().contains(":") && !parameter.type().startsWith("enum:")) {
                return false;
            }
            given.put(parameter, List.of(values.get(i)));
        }
        return true;
    }

    /**
     * A default value with {@code ${env:NAME:-fallback}} or {@code ${sys:NAME:-fallback}} resolved.
     */
    private String interpolate(String value) {
        if (!value.startsWith("${")) {
            return value;
        }
        int separator = value.indexOf(":-");
        String name = value.substring(value.indexOf(':') + 1, separator);
        String found =
                value.startsWith("${env:") ? environment.apply(name) : System.getProperty(name);
        return found != null ? found : value.substring(separator + 2, value.length() - 1);
    }
}
