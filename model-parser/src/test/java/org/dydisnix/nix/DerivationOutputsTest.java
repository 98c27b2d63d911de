package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A derivation's {@code outputs} text is split at any run of spaces, tabs and line breaks. */
class DerivationOutputsTest {
    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    private String json(String source) {
        return evaluator.toJson(evaluator.evaluateExpression(source, Path.of("/tmp")), true);
    }

    @Test
    void outputsAreTheWordsOfTheText() {
        assertThat(
                        json(
                                "builtins.derivationStrict { name = \"x\"; system = \"s\"; builder ="
                                        + " \"b\"; outputs = \" dev\\tout\\n  doc \"; }"))
                .isEqualTo(
                        "{\"dev\":\"/nix/store/x7qxl6yr6glys6w7sibm79d5bl92a5qm-x-dev\","
                                + "\"doc\":\"/nix/store/37rms3cffsbcs4wnwysgnxv4n5i4vspy-x-doc\","
                                + "\"drvPath\":\"/nix/store/bmqlaskaxi1m7v700lc3zxq1ailbwgzn-x.drv\","
                                + "\"out\":\"/nix/store/w2ygqdvnm4vssyg16vlxv3hifpahpnw2-x\"}");
        assertThatThrownBy(
                        () ->
                                json(
                                        "builtins.derivationStrict { name = \"x\"; system = \"s\";"
                                                + " builder = \"b\"; outputs = \"out\\r\\nout\"; }"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("duplicate derivation output 'out'");
    }
}
