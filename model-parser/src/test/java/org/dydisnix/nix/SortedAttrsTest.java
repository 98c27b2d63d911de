package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sets made without a sorted map (dynamic attributes, {@code functionArgs}) are sorted by name. */
class SortedAttrsTest {
    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    private String json(String source) {
        return evaluator.toJson(evaluator.evaluateExpression(source, Path.of("/tmp")), true);
    }

    @Test
    void functionArgsAreSortedWithTheirDefaults() {
        assertThat(json("builtins.functionArgs ({ z, a ? 1, m, b ? 2, y }: 1)"))
                .isEqualTo("{\"a\":true,\"b\":true,\"m\":false,\"y\":false,\"z\":false}");
        assertThat(json("builtins.attrNames (builtins.functionArgs (x: x))")).isEqualTo("[]");
        assertThat(
                        json(
                                "(builtins.unsafeGetAttrPos \"m\" (builtins.functionArgs ({ z, m }:"
                                        + " 1))).column"))
                .isEqualTo("61");
    }

    @Test
    void dynamicAttributesAreInsertedInOrder() {
        assertThat(json("let k = \"b\"; in { c = 3; ${k} = 2; a = 1; ${\"d\"} = 4; ${null} = 5; }"))
                .isEqualTo("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}");
        assertThat(json("builtins.attrNames { ${\"0\"} = 1; }")).isEqualTo("[\"0\"]");
        assertThatThrownBy(() -> json("let k = \"a\"; in { a = 1; ${k} = 2; }"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("dynamic attribute 'a' already defined at (string):1:19");
    }

    @Test
    void tryEvalAndPartitionSets() {
        assertThat(json("builtins.tryEval (throw \"x\")"))
                .isEqualTo("{\"success\":false,\"value\":false}");
        assertThat(
                        json(
                                "(builtins.tryEval 7).value + builtins.length (builtins.attrNames"
                                        + " (builtins.tryEval 1))"))
                .isEqualTo("9");
        assertThat(json("builtins.partition (x: x > 1) [ 1 2 3 ]"))
                .isEqualTo("{\"right\":[2,3],\"wrong\":[1]}");
        assertThat(json("(builtins.partition (x: x > 1) [ 1 2 3 ]).wrong")).isEqualTo("[1]");
    }
}
