package org.dydisnix.cli.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.dydisnix.cli.Dydisnix;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ManPagesTest {

    @Test
    void everyPageListsTheExitCodesOfTheTopCommandsHelp() {
        CommandLine root = Dydisnix.commandLine();
        var codes = root.getCommandSpec().usageMessage().exitCodeList();
        assertThat(codes).hasSize(3);
        CommandLine graphcol = root.getSubcommands().get("graphcol");
        for (String page :
                new String[] {
                    ManPages.page("dydisnix", root.getCommandSpec()),
                    ManPages.page("dydisnix-graphcol", graphcol.getCommandSpec())
                }) {
            String status = page.substring(page.indexOf(".SH EXIT STATUS\n"));
            codes.forEach(
                    (code, meaning) ->
                            assertThat(status)
                                    .contains(".B " + code.strip() + "\n" + meaning + "\n"));
        }
    }
}
