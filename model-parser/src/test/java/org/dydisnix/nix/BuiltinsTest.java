package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BuiltinsTest {
    private final Session session = new Session(List.of(), "");

    private static final List<BuiltinCode[]> GROUPS =
            List.of(
                    ValueBuiltins.values(),
                    AttrBuiltins.values(),
                    ListBuiltins.values(),
                    StringBuiltins.values(),
                    IoBuiltins.values(),
                    ModernBuiltins.values(),
                    FlakeRefs.values());

    @Test
    void everyBuiltinIsDefinedOnceUnderItsName() {
        TreeSet<String> all = new TreeSet<>();
        for (BuiltinCode[] group : GROUPS) {
            for (BuiltinCode builtin : group) {
                PrimOp primOp = builtin.primOp();
                assertThat(all.add(primOp.name())).as(primOp.name()).isTrue();
                assertThat(primOp.impl()).isSameAs(builtin);
                assertThat(session.builtins().get(primOp.name())).isSameAs(primOp);
            }
        }
        assertThat(all).hasSize(105);
    }

    @Test
    void forcedBuiltinsAreCalledDirectlyAndLazyOnesWithThunks() {
        assertThat(ListBuiltins.LENGTH.primOp().fn1()).isSameAs(ListBuiltins.LENGTH);
        assertThat(ListBuiltins.ELEM_AT.primOp().fn2()).isSameAs(ListBuiltins.ELEM_AT);
        assertThat(ValueBuiltins.SEQ.primOp().fn2()).isNull();
        assertThat(ValueBuiltins.TRY_EVAL.primOp().fn1()).isNull();
        Evaluator ev = session.evaluator();
        List<Thunk> args = List.of(Thunk.of(NixString.of("a")), Thunk.of(NixAttrs.EMPTY));
        assertThat(AttrBuiltins.HAS_ATTR.primOp().impl().apply(ev, args, null)).isEqualTo(false);
    }

    /**
     * The classes of the built-ins and of the evaluator's core link no lambda or method reference
     * (each costs an invokedynamic bootstrap at run time).
     */
    @Test
    void evaluationPathLinksNoLambda() throws java.io.IOException {
        List<Class<?>> classes =
                List.of(
                        ValueBuiltins.class,
                        AttrBuiltins.class,
                        ListBuiltins.class,
                        StringBuiltins.class,
                        IoBuiltins.class,
                        ModernBuiltins.class,
                        Builtins.class,
                        BuiltinCode.class,
                        PrimOp.class,
                        Calls.class,
                        Thunk.class);
        for (Class<?> type : classes) {
            String resource = type.getSimpleName() + ".class";
            try (java.io.InputStream in = type.getResourceAsStream(resource)) {
                String bytes =
                        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(bytes.contains("java/lang/invoke/LambdaMetafactory"))
                        .as(resource)
                        .isFalse();
            }
        }
    }

    @Test
    void unforcedBuiltinsPrintAsFunctions() {
        Object value = session.eval(session.parse("builtins", "<test>", Path.of("/")));
        String printed = NixPrinter.print(session.evaluator(), value, false);
        assertThat(printed)
                .contains("map = <PRIMOP>;", "typeOf = <PRIMOP>;", "parseFlakeRef = <PRIMOP>;")
                .doesNotContain("map = <CODE>");
    }
}
