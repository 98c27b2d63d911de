package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inline caches keyed by a set's shape (its names array) give the same results whatever the
 * shapes one node meets in turn: {@code //}, selection, {@code ?} and set patterns, over sets made
 * by literals, {@code //}, {@code removeAttrs}, {@code listToAttrs}, {@code mapAttrs} and dynamic
 * attributes.
 */
class ShapeCachesTest {
    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    private String json(String source) {
        return evaluator.toJson(evaluator.evaluateExpression(source, Path.of("/tmp")), true);
    }

    private static final String SETS =
            "let sets = [ { a = 1; b = 2; } { b = 3; c = 4; } { a = 5; b = 6; }"
                    + " ({ a = 7; } // { z = 8; }) (removeAttrs { a = 9; b = 10; c = 11; } [ \"b\" ])"
                    + " (builtins.listToAttrs [ { name = \"b\"; value = 12; } { name = \"a\"; value"
                    + " = 13; } ]) (builtins.mapAttrs (n: v: v + 100) { a = 1; c = 2; })"
                    + " { ${\"a\"} = 14; } { } ]; in ";

    @Test
    void oneUpdateNodeOverManyShapes() {
        assertThat(json(SETS + "map (s: s // { b = 0; }) sets"))
                .isEqualTo(
                        "[{\"a\":1,\"b\":0},{\"b\":0,\"c\":4},{\"a\":5,\"b\":0},"
                                + "{\"a\":7,\"b\":0,\"z\":8},{\"a\":9,\"b\":0,\"c\":11},"
                                + "{\"a\":13,\"b\":0},{\"a\":101,\"b\":0,\"c\":102},"
                                + "{\"a\":14,\"b\":0},{\"b\":0}]");
        assertThat(json(SETS + "map (s: { a = 0; y = 1; } // s) sets"))
                .isEqualTo(
                        "[{\"a\":1,\"b\":2,\"y\":1},{\"a\":0,\"b\":3,\"c\":4,\"y\":1},"
                                + "{\"a\":5,\"b\":6,\"y\":1},{\"a\":7,\"y\":1,\"z\":8},"
                                + "{\"a\":9,\"c\":11,\"y\":1},{\"a\":13,\"b\":12,\"y\":1},"
                                + "{\"a\":101,\"c\":102,\"y\":1},{\"a\":14,\"y\":1},"
                                + "{\"a\":0,\"y\":1}]");
        assertThat(json(SETS + "map (s: builtins.attrNames (s // s // { }) ) sets"))
                .isEqualTo(
                        "[[\"a\",\"b\"],[\"b\",\"c\"],[\"a\",\"b\"],[\"a\",\"z\"],[\"a\",\"c\"],"
                                + "[\"a\",\"b\"],[\"a\",\"c\"],[\"a\"],[]]");
    }

    @Test
    void oneSelectAndHasAttrNodeOverManyShapes() {
        assertThat(json(SETS + "map (s: s.a or null) sets"))
                .isEqualTo("[1,null,5,7,9,13,101,14,null]");
        assertThat(json(SETS + "map (s: [ (s ? a) (s ? c) ]) (sets ++ sets)"))
                .isEqualTo(
                        "[[true,false],[false,true],[true,false],[true,false],[true,true],"
                                + "[true,false],[true,true],[true,false],[false,false],"
                                + "[true,false],[false,true],[true,false],[true,false],[true,true],"
                                + "[true,false],[true,true],[true,false],[false,false]]");
        assertThatThrownBy(() -> json(SETS + "map (s: s.b) sets"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("attribute 'b' missing");
    }

    @Test
    void oneSetPatternOverManyShapes() {
        assertThat(json(SETS + "map ({ a ? 0, b ? -1, ... }: a * 100 + b) sets"))
                .isEqualTo("[102,3,506,699,899,1312,10099,1399,-1]");
        assertThat(json("map ({ a, b ? 2 }: a + b) [ { a = 1; } { b = 5; a = 1; } { a = 3; } ]"))
                .isEqualTo("[3,6,5]");
        assertThatThrownBy(
                        () ->
                                json(
                                        "map ({ a, b ? 2 }: a + b) [ { a = 1; } { a = 1; c = 1;"
                                                + " d = 2; } ]"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("called with unexpected argument 'c'");
        assertThatThrownBy(() -> json("map ({ a, b }: a) [ { a = 1; b = 2; } { a = 1; z = 2; } ]"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("called without required argument 'b'");
    }
}
