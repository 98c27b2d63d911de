package org.dydisnix.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.dydisnix.cli.Dydisnix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CdsTrainingTest {

    @TempDir Path scratch;

    @Test
    void everyTrainingRunSucceedsAndEverySubcommandIsTrained() {
        List<List<String>> runs = CdsTraining.runs(Path.of("../examples"), scratch);
        for (List<String> run : runs) {
            String[] args = run.toArray(String[]::new);
            CommandLine commandLine = Dydisnix.commandLine(args);
            StringWriter err = new StringWriter();
            commandLine.setOut(new PrintWriter(new StringWriter()));
            commandLine.setErr(new PrintWriter(err));
            assertThat(commandLine.execute(args)).as(run + ": " + err).isZero();
        }
        assertThat(runs.stream().map(run -> run.get(0)))
                .containsAll(
                        Dydisnix.commandLine().getSubcommands().keySet().stream()
                                .filter(name -> !name.equals("help"))
                                .toList());
    }
}
