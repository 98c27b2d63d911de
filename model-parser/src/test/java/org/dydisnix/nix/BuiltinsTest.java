package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        Thunk name = Thunk.of(NixString.of("a"));
        Thunk set = Thunk.of(NixAttrs.EMPTY);
        assertThat(AttrBuiltins.HAS_ATTR.primOp().impl().apply(ev, name, set, null, null))
                .isEqualTo(false);
    }

    /**
     * The evaluator's classes link no lambda or method reference (each costs an invokedynamic
     * bootstrap at run time), except those only rarely used ones that are listed.
     */
    @Test
    void evaluationPathLinksNoLambda() throws Exception {
        Set<String> rarelyUsed =
                Set.of(
                        "Contexts",
                        "Derivations",
                        "FlakeRefPrinter",
                        "FlakeRefs",
                        "FlakeUrl",
                        "GitFetcher",
                        "Guard",
                        "HostFunctions",
                        "NixEvaluator",
                        "NixHash",
                        "PlainValues",
                        "XmlPrinter");
        Path classes = Path.of(Builtins.class.getResource("Builtins.class").toURI()).getParent();
        List<String> linking = new ArrayList<>();
        int checked = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(classes, "*.class")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String outer = name.substring(0, name.length() - 6).split("\\$")[0];
                if (rarelyUsed.contains(outer)) {
                    continue;
                }
                checked++;
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (bytes.contains("java/lang/invoke/LambdaMetafactory")) {
                    linking.add(name);
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(linking).isEmpty();
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
