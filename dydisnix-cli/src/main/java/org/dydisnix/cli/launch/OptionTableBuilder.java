package org.dydisnix.cli.launch;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dydisnix.cli.Dydisnix;
import org.dydisnix.cli.options.LazySpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the {@link OptionTable} from the picocli model of every command; run at build time, its
 * output goes into the jar. Whatever the quick parser cannot reproduce exactly is marked as left to
 * picocli: an option or parameter (when given), or the whole command.
 */
public final class OptionTableBuilder {

    private static final String NO_DEFAULT = "__no_default_value__";

    private static final Set<String> VALUE_TYPES =
            Set.of(
                    "java.lang.String",
                    "java.nio.file.Path",
                    "java.io.File",
                    "int",
                    "java.lang.Integer",
                    "long",
                    "java.lang.Long");

    private static final Pattern PLAIN_DEFAULT =
            Pattern.compile("[^$\\t\\n]*|\\$\\{(env|sys):[A-Za-z0-9_.]+:-[^$}\\t\\n]*\\}");

    private OptionTableBuilder() {}

    /** Writes the table of {@link Dydisnix}'s commands to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, build(Dydisnix.commandLine()).format(), StandardCharsets.UTF_8);
    }

    /** The table of this command line's top command and subcommands. */
    public static OptionTable build(CommandLine root) {
        Map<String, OptionTable.Command> commands = new LinkedHashMap<>();
        Map<AnnotatedElement, String> rootBindings = new HashMap<>();
        List<String> problems = new ArrayList<>();
        walk(root.getCommand().getClass(), "^", rootBindings, new Lists(), problems);
        for (OptionSpec option : root.getCommandSpec().options()) {
            if (rawDefault(option) != null && !option.inherited()) {
                problems.add(option.longestName() + " of the top command has a default");
            }
        }
        if (!root.getCommandSpec().argGroups().isEmpty()) {
            problems.add("argument groups of the top command");
        }
        commands.put(OptionTable.ROOT, command(OptionTable.ROOT, root, rootBindings, problems));
        root.getSubcommands()
                .forEach(
                        (name, sub) -> {
                            if (!(sub.getCommand() instanceof java.util.concurrent.Callable)
                                    || sub.getCommand()
                                            .getClass()
                                            .getName()
                                            .startsWith("picocli.")) {
                                return;
                            }
                            Map<AnnotatedElement, String> bindings = new HashMap<>(rootBindings);
                            List<String> subProblems = new ArrayList<>();
                            Lists lists = new Lists();
                            walk(sub.getCommand().getClass(), "", bindings, lists, subProblems);
                            groups(sub.getCommandSpec(), lists.groups, subProblems);
                            OptionTable.Command command = command(name, sub, bindings, subProblems);
                            command.specs().addAll(lists.specs);
                            command.mixins().addAll(lists.mixins);
                            command.groups().addAll(lists.groups);
                            commands.put(name, command);
                        });
        return new OptionTable(commands);
    }

    private static OptionTable.Command command(
            String name,
            CommandLine line,
            Map<AnnotatedElement, String> bindings,
            List<String> problems) {
        CommandSpec spec = line.getCommandSpec();
        if (spec.defaultValueProvider() != null || !noOp(spec.preprocessor())) {
            problems.add("a default value provider or preprocessor");
        }
        List<OptionTable.Arg> options = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            OptionTable.Arg arg = arg(List.of(option.names()), 0, option, bindings, problems);
            options.add(arg);
            if (option.negatable() && arg.quick()) {
                List<String> negated = new ArrayList<>();
                for (String each : option.names()) {
                    negated.add(spec.negatableOptionTransformer().makeNegative(each, spec));
                }
                options.add(new OptionTable.Arg(negated, 0, arg.binding(), "negated", false, null));
            }
        }
        List<OptionTable.Arg> positionals = new ArrayList<>();
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            CommandLine.Range index = positional.index();
            int at = index.min() == index.max() && !index.isVariable() ? index.min() : -1;
            positionals.add(arg(List.of(), at, positional, bindings, problems));
        }
        return new OptionTable.Command(
                name,
                String.join("; ", problems),
                options,
                positionals,
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
    }

    private static OptionTable.Arg arg(
            List<String> names,
            int index,
            ArgSpec arg,
            Map<AnnotatedElement, String> bindings,
            List<String> problems) {
        String raw = rawDefault(arg);
        String label = names.isEmpty() ? "parameter " + index : names.get(0);
        String binding = bindings.get(arg.userObject());
        String type = type(arg);
        boolean quick =
                binding != null
                        && type != null
                        && index >= 0
                        && arg.splitRegex().isEmpty()
                        && !arg.interactive()
                        && arg.parameterConsumer() == null
                        && noOp(arg.preprocessor())
                        && (raw == null || PLAIN_DEFAULT.matcher(raw).matches());
        if (arg instanceof OptionSpec option) {
            quick &= !option.usageHelp() && !option.versionHelp() && !option.help();
            quick &= !option.negatable() || negatable(option, raw);
        }
        if (type != null
                && type.equals("boolean")
                && !(arg instanceof OptionSpec o && o.negatable())) {
            quick &=
                    raw == null
                            && (!arg.hasInitialValue() || Boolean.FALSE.equals(arg.initialValue()));
        }
        if (!quick && (raw != null || arg.type() == java.util.Optional.class)) {
            problems.add(label + " has a default the quick parser cannot apply");
        }
        if (raw != null && !quick) {
            raw = null;
        }
        return new OptionTable.Arg(
                names, index, quick ? binding : "", quick ? type : "", arg.required(), raw);
    }

    /**
     * Whether the quick parser takes this negatable option: a flag with a plain default, whose
     * given name sets it on and whose negated name off.
     */
    private static boolean negatable(OptionSpec option, String raw) {
        return (option.type() == boolean.class || option.type() == Boolean.class)
                && ("true".equals(raw) || "false".equals(raw))
                && "true".equals(option.fallbackValue());
    }

    /**
     * Problems for the argument groups the quick parser cannot check: all but exclusive groups of
     * exactly one member, not nested, met as fields on the walk, whose members have no defaults.
     */
    private static void groups(CommandSpec spec, List<String> fields, List<String> problems) {
        if (spec.argGroups().size() != fields.size()) {
            problems.add("argument groups not declared as fields");
        }
        for (ArgGroupSpec group : spec.argGroups()) {
            CommandLine.Range multiplicity = group.multiplicity();
            boolean quick =
                    group.exclusive()
                            && group.validate()
                            && group.subgroups().isEmpty()
                            && multiplicity.min() == 1
                            && multiplicity.max() == 1
                            && !multiplicity.isVariable();
            for (ArgSpec arg : group.args()) {
                quick &= rawDefault(arg) == null && arg.initialValue() == null;
            }
            if (!quick) {
                problems.add("an argument group other than exactly one of its members");
            }
        }
    }

    private static boolean noOp(Object preprocessor) {
        return preprocessor == null
                || preprocessor
                        .getClass()
                        .getName()
                        .equals("picocli.CommandLine$NoOpParameterPreprocessor");
    }

    /** The option's type as the table names it, or null when the quick parser cannot convert it. */
    private static String type(ArgSpec arg) {
        Class<?> type = arg.type();
        CommandLine.Range arity = arg.arity();
        if (arg.converters().length > 0) {
            return arg.converters().length == 1
                            && arity.min() == 1
                            && arity.max() == 1
                            && !arity.isVariable()
                            && !arg.isMultiValue()
                            && constructible(arg.converters()[0].getClass())
                    ? "converter:" + arg.converters()[0].getClass().getName()
                    : null;
        }
        if (type == boolean.class || type == Boolean.class) {
            return arity.min() == 0 && arity.max() == 0 ? "boolean" : null;
        }
        if (arity.min() == 2
                && arity.max() == 2
                && !arity.isVariable()
                && arg instanceof OptionSpec
                && type == List.class
                && arg.auxiliaryTypes().length == 1
                && arg.auxiliaryTypes()[0] == String.class) {
            return "pairs:java.lang.String";
        }
        if (arity.min() != 1 || arity.max() != 1 || arity.isVariable()) {
            return null;
        }
        if (type == List.class && arg.auxiliaryTypes().length == 1) {
            String element = value(arg.auxiliaryTypes()[0]);
            return element == null ? null : "list:" + element;
        }
        return arg.isMultiValue() ? null : value(type);
    }

    /** Whether the quick parser can make this converter as picocli's default factory does. */
    private static boolean constructible(Class<?> converter) {
        try {
            converter.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            return false;
        }
        return !converter.isSynthetic()
                && !converter.isAnonymousClass()
                && !converter.getName().startsWith("picocli.")
                && (converter.getEnclosingClass() == null
                        || java.lang.reflect.Modifier.isStatic(converter.getModifiers()));
    }

    private static String value(Class<?> type) {
        if (type.isEnum()) {
            return "enum:" + type.getName();
        }
        return VALUE_TYPES.contains(type.getName()) ? type.getName() : null;
    }

    private static String rawDefault(ArgSpec arg) {
        Object member = arg.userObject();
        if (!(member instanceof AnnotatedElement element)) {
            return arg.defaultValue();
        }
        String raw = NO_DEFAULT;
        CommandLine.Option option = element.getAnnotation(CommandLine.Option.class);
        CommandLine.Parameters parameters = element.getAnnotation(CommandLine.Parameters.class);
        if (option != null) {
            raw = option.defaultValue();
        } else if (parameters != null) {
            raw = parameters.defaultValue();
        }
        return NO_DEFAULT.equals(raw) ? null : raw;
    }

    /**
     * Records where every annotated field and setter of {@code type} (and its mixins) is reached
     * from the command object; problems for the annotations the quick parser does not reproduce.
     */
    private static void walk(
            Class<?> type,
            String prefix,
            Map<AnnotatedElement, String> bindings,
            Lists specs,
            List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                visit(field, field.getType(), prefix + field.getName(), bindings, specs, problems);
            }
            for (Method method : c.getDeclaredMethods()) {
                String path = prefix + method.getName() + "()";
                if (method.getParameterCount() == 1) {
                    visit(method, method.getParameterTypes()[0], path, bindings, specs, problems);
                } else if (annotated(method)) {
                    problems.add("annotated method " + method.getName());
                }
            }
        }
    }

    private static void visit(
            AnnotatedElement element,
            Class<?> type,
            String path,
            Map<AnnotatedElement, String> bindings,
            Lists specs,
            List<String> problems) {
        if (element.isAnnotationPresent(CommandLine.Option.class)
                || element.isAnnotationPresent(CommandLine.Parameters.class)) {
            bindings.put(element, path);
        } else if (element.isAnnotationPresent(CommandLine.Mixin.class)) {
            if (element instanceof Field) {
                specs.mixins.add(path);
                walk(type, path + ".", bindings, specs, problems);
            } else {
                problems.add("mixin set through a method: " + path);
            }
        } else if (element.isAnnotationPresent(CommandLine.ArgGroup.class)) {
            if (element instanceof Field && !path.startsWith("^")) {
                specs.groups.add(path);
                walk(type, path + ".", bindings, specs, problems);
            } else {
                problems.add("argument group set through a method: " + path);
            }
        } else if (element.isAnnotationPresent(CommandLine.Spec.class)) {
            CommandLine.Spec spec = element.getAnnotation(CommandLine.Spec.class);
            if (element instanceof Field
                    && !path.startsWith("^")
                    && !path.contains(".")
                    && spec.value() == CommandLine.Spec.Target.SELF) {
                specs.specs.add(path);
            } else if (element instanceof Field field
                    && field.getDeclaringClass() == LazySpec.class
                    && spec.value() == CommandLine.Spec.Target.MIXEE) {
                return;
            } else if (!path.startsWith("^")) {
                problems.add("@Spec " + path);
            }
        } else if (annotated(element)) {
            problems.add("picocli annotation on " + ((Member) element).getName());
        }
    }

    /** The spec and mixin fields met on a walk. */
    private static final class Lists {
        final List<String> specs = new ArrayList<>();
        final List<String> mixins = new ArrayList<>();
        final List<String> groups = new ArrayList<>();
    }

    private static boolean annotated(AnnotatedElement element) {
        for (var annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }
}
