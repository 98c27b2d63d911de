package org.dydisnix.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dydisnix.cli.launch.OptionTable;
import org.dydisnix.cli.launch.QuickParser;
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
        String name = parsed.command().name();
        CommandLine top = new CommandLine(CommandSpec.wrapWithoutInspection(root).name("dydisnix"));
        CommandLine command = new CommandLine(CommandSpec.wrapWithoutInspection(parsed.object()));
        top.addSubcommand(name, command);
        try {
            parsed.injectSpec(command.getCommandSpec());
        } catch (ReflectiveOperationException e) {
            return null;
        }
        try {
            Object result = ((Callable<?>) parsed.object()).call();
            return result instanceof Integer code ? code : 0;
        } catch (Exception e) {
            return new ErrorPolicy(root).handleQuickFailure(e, command);
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
