package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DydisnixTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Dydisnix.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpExitsZeroAndListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: dydisnix").contains("help");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void versionExitsZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("dydisnix ");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithOneLineAndAHint() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .containsExactly(
                        "dydisnix: Unknown option: '--frobnicate'",
                        "Try 'dydisnix --help' for more information.");
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: dydisnix");
    }

    @Test
    void aRunBuildsOnlyTheSubcommandItInvokes() {
        assertThat(Dydisnix.commandLine(new String[] {"graphcol", "-s", "x"}).getSubcommands())
                .containsOnlyKeys("graphcol");
        assertThat(
                        Dydisnix.commandLine(new String[] {"--debug", "visualize-infra"})
                                .getSubcommands())
                .containsOnlyKeys("visualize-infra");
        assertThat(Dydisnix.commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
    }

    @Test
    void helpAndUsageErrorsBuildEverySubcommand() {
        for (String[] args :
                new String[][] {{}, {"--help"}, {"help", "graphcol"}, {"grapcol"}, {"-x"}}) {
            assertThat(Dydisnix.commandLine(args).getSubcommands().keySet())
                    .as(String.join(" ", args))
                    .containsExactlyElementsOf(Dydisnix.COMMANDS);
        }
    }

    @Test
    void everyListedNameBuildsTheCommandOfThatName() {
        for (String name : Dydisnix.COMMANDS) {
            assertThat(new CommandLine(Dydisnix.command(name)).getCommandName()).isEqualTo(name);
        }
        assertThat(Dydisnix.command("no-such-command")).isNull();
    }

    @Test
    void anInvokedSubcommandInheritsTheDebugOption() {
        assertThat(run("graphcol", "--debug", "-s", "no-such-file.json", "-i", "x.json"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no-such-file.json").contains("\tat ");
    }
}
