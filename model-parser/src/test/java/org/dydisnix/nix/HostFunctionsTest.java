package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java functions called from Nix code, and Java data as lazy Nix values. */
class HostFunctionsTest {
    @TempDir Path dir;

    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    @Test
    void aModelCallsJavaFunctionsWithUnforcedArguments() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Map<String, HostFunctions.HostFunction> functions = new TreeMap<>();
        functions.put(
                "twice",
                (argument, at) -> {
                    calls.incrementAndGet();
                    return List.of(argument.get("x"), argument.get("x"));
                });
        ModelNode library = HostFunctions.functions(evaluator, "lib.", functions);
        Path model = dir.resolve("model.nix");
        Files.writeString(
                model, "{ lib, unused }: lib.twice { x = 1 + 2; y = throw \"never forced\"; }");
        Map<String, Object> arguments = new TreeMap<>();
        arguments.put("lib", library);
        arguments.put(
                "unused",
                HostFunctions.lazy(
                        evaluator,
                        () -> {
                            throw new ModelException(null, "forced");
                        },
                        null));
        arguments.put("extra", "not accepted by the model");
        ModelNode result = HostFunctions.callModel(evaluator, model, arguments);
        assertThat(result.toPlain()).isEqualTo(List.of(3L, 3L));
        assertThat(calls).hasValue(1);
    }

    @Test
    void javaDataBecomesNixValues() {
        Map<String, Object> data = new TreeMap<>();
        data.put("list", List.of("a", 1L, true));
        data.put("nothing", null);
        ModelNode value = HostFunctions.value(evaluator, data);
        assertThat(evaluator.toNix(value))
                .isEqualTo("{ list = [ \"a\" 1 true ]; nothing = null; }");
    }

    @Test
    void aLazyValueFailsOnlyWhenForced() {
        ModelNode value =
                HostFunctions.lazy(
                        evaluator,
                        () -> {
                            throw new ModelException(null, "how to provide it");
                        },
                        null);
        assertThatThrownBy(value::toPlain).hasMessage("how to provide it");
    }

    @Test
    void searchPathLookup() throws Exception {
        Files.createDirectories(dir.resolve("nixpkgs/lib"));
        NixEvaluator withNixpkgs = new NixEvaluator(List.of(), "nixpkgs=" + dir.resolve("nixpkgs"));
        assertThat(HostFunctions.findOnSearchPath(withNixpkgs, "nixpkgs/lib")).isPresent();
        assertThat(HostFunctions.findOnSearchPath(evaluator, "nixpkgs/lib")).isEmpty();
    }
}
