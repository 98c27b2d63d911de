package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.dydisnix.model.SourcePosition;
import org.junit.jupiter.api.Test;

class ExprNodesTest {
    private static final SourcePosition AT = SourcePosition.ofFile("test");

    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    @Test
    void everyNodeIsAFinalClassUnderTheAbstractExpr() {
        assertThat(Expr.class.isInterface()).isFalse();
        assertThat(Modifier.isAbstract(Expr.class.getModifiers())).isTrue();
        Class<?>[] nodes = Expr.class.getPermittedSubclasses();
        assertThat(nodes).hasSizeGreaterThan(20);
        assertThat(Arrays.stream(nodes).filter(node -> !Modifier.isFinal(node.getModifiers())))
                .isEmpty();
        assertThat(Arrays.stream(nodes).filter(Class::isRecord)).isEmpty();
    }

    @Test
    void aNodeKeepsWhatItWasBuiltWithAndEvaluatesItsPartsInOrder() {
        Expr.IntLit one = new Expr.IntLit(1, AT);
        Expr.Var add = new Expr.Var("builtins", AT);
        Expr.ListOf list = new Expr.ListOf(List.of(one, new Expr.StrLit("b", AT)), AT);
        Expr.Call call = new Expr.Call(add, List.of(one, one), AT);
        assertThat(list.elements()).containsExactly(list.items);
        assertThat(call.arguments()).containsExactly(call.args);
        assertThat(call.function()).isSameAs(add);
        assertThat(call.position()).isSameAs(AT);
        assertThat(
                        json(
                                "[ 1 \"b\" (builtins.add 1 2) (({ a, b ? 2 }: a + b) { a = 1; })"
                                        + " ((x: y: x - y) 5 2) (if true && !false then \"t\""
                                        + " else \"f\") ({ a.b = 1; }.a.c or 4) \"${\"x\"}y\" ]"))
                .isEqualTo("[1,\"b\",3,3,3,\"t\",4,\"xy\"]");
    }

    private String json(String expression) {
        return evaluator.toJson(
                evaluator.evaluateExpression(expression, java.nio.file.Path.of(".")), true);
    }
}
