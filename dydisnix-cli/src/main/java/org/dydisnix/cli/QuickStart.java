package org.dydisnix.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dydisnix.cli.launch.OptionTable;
import org.dydisnix.cli.launch.QuickParser;
import org.dydisnix.cli.options.LazySpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command line that the {@link QuickParser} takes, without picocli's reflective model: the
 * command sees a plain spec of its name, and failures go through the same {@link ErrorPolicy}.
 */
final class QuickStart {

    private QuickStart() {}

    /** The exit code of the command line, or null when picocli has to run it. */
    static Integer run(String[] args) {
        OptionTable table = OptionTable.load();
        if (table == null) {
            return null;
        }
        QuickParser.Parsed parsed =
                new QuickParser(table, new Commands(), new Environment()).parse(args);
        if (parsed == null) {
            return null;
        }
        Dydisnix root = (Dydisnix) parsed.root();
        Picocli picocli = new Picocli(root, parsed);
        try {
            if (!parsed.command().specs().isEmpty()) {
                parsed.injectSpec(picocli.get());
            }
            for (Object mixin : parsed.mixins()) {
                if (mixin instanceof LazySpec spec) {
                    spec.orMake(picocli);
                }
            }
        } catch (ReflectiveOperationException e) {
            return null;
        }
        try {
            Object result = ((Callable<?>) parsed.object()).call();
            return result instanceof Integer code ? code : 0;
        } catch (Exception e) {
            return new ErrorPolicy(root).handleQuickFailure(e, picocli.get().commandLine());
        }
    }

    /**
     * The command's picocli spec under its top command, without their reflective models; made on
     * first use, as the command rarely needs it.
     */
    private static final class Picocli implements Supplier<CommandSpec> {
        private final Dydisnix root;
        private final QuickParser.Parsed parsed;
        private CommandSpec spec;

        Picocli(Dydisnix root, QuickParser.Parsed parsed) {
            this.root = root;
            this.parsed = parsed;
        }

        @Override
        public CommandSpec get() {
            if (spec == null) {
                CommandLine top =
                        new CommandLine(CommandSpec.wrapWithoutInspection(root).name("dydisnix"));
                CommandLine command =
                        new CommandLine(CommandSpec.wrapWithoutInspection(parsed.object()));
                top.addSubcommand(parsed.command().name(), command);
                spec = command.getCommandSpec();
            }
            return spec;
        }
    }

    /** New command objects by name (classes, not lambdas: no method handles at start-up). */
    private static final class Commands implements Function<String, Object> {
        @Override
        public Object apply(String name) {
            return name.equals(OptionTable.ROOT) ? new Dydisnix() : Dydisnix.command(name);
        }
    }

    private static final class Environment implements Function<String, String> {
        @Override
        public String apply(String name) {
            return System.getenv(name);
        }
    }
}
