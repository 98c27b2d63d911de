package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BuiltinsTest {
    private final Session session = new Session(List.of(), "");

    @Test
    void everyListedBuiltinIsMadeUnderItsOwnName() {
        Map<String[], java.util.function.Function<String, PrimOp>> groups =
                Map.of(
                        ValueBuiltins.NAMES, n -> ValueBuiltins.create(session.builtins(), n),
                        AttrBuiltins.NAMES, n -> AttrBuiltins.create(session.builtins(), n),
                        ListBuiltins.NAMES, n -> ListBuiltins.create(session.builtins(), n),
                        StringBuiltins.NAMES, n -> StringBuiltins.create(session.builtins(), n),
                        IoBuiltins.NAMES, n -> IoBuiltins.create(session.builtins(), n),
                        ModernBuiltins.NAMES, n -> ModernBuiltins.create(session.builtins(), n),
                        FlakeRefs.NAMES, n -> FlakeRefs.create(session.builtins(), n));
        TreeSet<String> all = new TreeSet<>();
        groups.forEach(
                (names, create) -> {
                    for (String name : names) {
                        assertThat(all.add(name)).as(name).isTrue();
                        assertThat(create.apply(name).name()).isEqualTo(name);
                        assertThat(session.builtins().get(name)).isInstanceOf(PrimOp.class);
                    }
                });
        assertThat(all).hasSize(105);
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
