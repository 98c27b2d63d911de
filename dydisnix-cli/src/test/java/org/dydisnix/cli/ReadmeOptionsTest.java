package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's table of model options is true: every command it names lists the option. */
class ReadmeOptionsTest {
    private static final Path README =
            Path.of(System.getProperty("dydisnix.root", "..")).resolve("README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyCommandTheReadmeNamesForAnOptionAcceptsIt() throws IOException {
        List<String[]> rows = optionRows();
        assertThat(rows).as("option rows of the README's Commands section").hasSizeGreaterThan(4);
        for (String[] row : rows) {
            String option = codes(row[1]).get(0);
            List<String> commands = codes(row[3]);
            assertThat(commands).as("commands for " + option).isNotEmpty();
            for (String command : commands) {
                assertThat(help(command))
                        .as("dydisnix %s --help lists %s", command, option)
                        .containsPattern("(^|[ ,])" + Pattern.quote(option) + "([=, ]|$)");
            }
        }
    }

    @Test
    void everyCommandAcceptsTheOptionsEveryCommandTakes() {
        for (String command : Dydisnix.toolNames()) {
            assertThat(help(command)).contains("--help", "--version", "--debug", "--output");
        }
    }

    private static List<String[]> optionRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean inCommands = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("## ")) {
                inCommands = line.equals("## Commands");
            } else if (inCommands && line.startsWith("| `-")) {
                rows.add(line.split("\\|", -1));
            }
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static String help(String command) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Dydisnix.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute(command, "--help")).as(command + " --help").isZero();
        return out.toString();
    }
}
