package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.junit.jupiter.api.Test;

class NixEvaluatorTest {
    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NixEvaluatorTest.class.getResource("/" + name).toURI());
    }

    private ModelNode eval(String source) {
        return evaluator.evaluateExpression(source, Path.of("/tmp"));
    }

    private String json(String source) {
        return evaluator.toJson(eval(source), true);
    }

    private NixError error(String source) {
        try {
            json(source);
        } catch (NixError e) {
            return e;
        }
        throw new AssertionError("no error for " + source);
    }

    @Test
    void undefinedVariableIsPositioned() {
        NixError e = error("let a = 1;\nin  foo");
        assertThat(e.kind()).isEqualTo(NixError.Kind.UNDEFINED_VARIABLE);
        assertThat(e.getMessage()).isEqualTo("(string):2:5: undefined variable 'foo'");
        assertThat(e.firstLine()).isEqualTo("(string):2:5: error: undefined variable 'foo'");
        assertThat(e).isInstanceOf(ModelException.class);
    }

    @Test
    void syntaxErrorNamesTheUnexpectedToken() {
        NixError e = error("{ a = 1; }}");
        assertThat(e.kind()).isEqualTo(NixError.Kind.SYNTAX);
        assertThat(e.getMessage()).isEqualTo("(string):1:11: syntax error, unexpected '}'");
    }

    @Test
    void errorsCarryATraceOfEnclosingFrames() {
        NixError e = error("let f = x: x.missing; s = { a = f {}; }; in s.a");
        assertThat(e.problem()).isEqualTo("attribute 'missing' missing");
        assertThat(e.trace())
                .containsSubsequence(
                        "(string):1:9: while evaluating 'f'",
                        "(string):1:33: from call site",
                        "(string):1:29: while evaluating the attribute 'a'");
        assertThat(e.report()).startsWith(e.firstLine()).contains("\n  ");
    }

    @Test
    void traceFramesAreNixInstantiate28s() {
        assertThat(error("(x: x.y) { }").trace())
                .containsExactly(
                        "(string):1:2: while evaluating anonymous lambda",
                        "(string):1:2: from call site");
        assertThat(
                        error(
                                        "(derivation { name = \"a\"; builder = \"b\"; system ="
                                                + " \"c\"; foo = 1 + \"x\"; }).outPath")
                                .trace())
                .containsExactly(
                        "(string):1:15: while evaluating the attribute 'foo' of the derivation"
                                + " 'a'");
    }

    @Test
    void typeErrorsNameBothTypes() {
        assertThat(error("builtins.length \"s\"").problem())
                .isEqualTo("value is a string while a list was expected");
        assertThat(error("assert 1 == 2; 3").problem()).isEqualTo("assertion '(1 == 2)' failed");
        assertThat(error("throw \"boom\"").problem()).isEqualTo("boom");
    }

    @Test
    void blackHolingReportsInfiniteRecursion() {
        NixError e = error("let x = { a = x.a; }; in x.a");
        assertThat(e.kind()).isEqualTo(NixError.Kind.INFINITE_RECURSION);
        assertThat(e.problem()).isEqualTo("infinite recursion encountered");
    }

    @Test
    void deeplyNestedInputIsAnErrorNotACrash() {
        String nested = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        assertThatThrownBy(() -> json(nested))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("nested too deeply");
        String list = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> json(list)).isInstanceOf(NixError.class);
    }

    @Test
    void deepRecursionRunsOnALargeStack() {
        assertThat(json("let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 50000"))
                .isEqualTo("50000");
    }

    @Test
    void deepRecursionIsAnErrorNotACrash() {
        assertThatThrownBy(
                        () -> json("let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 1000000"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("stack overflow");
        String chain = "1" + " + 1".repeat(200_000);
        assertThat(json(chain)).isEqualTo("200001");
    }

    @Test
    void attributesAreHandedOutUnforced() {
        ModelNode node = eval("{ ok = 1; bad = throw \"forced\"; }");
        assertThat(node.attributes()).containsOnlyKeys("bad", "ok");
        assertThat(node.get("ok").asLong()).isEqualTo(1);
        assertThat(node.get("bad").position().column()).isEqualTo(11);
        assertThatThrownBy(() -> node.get("bad").kind()).hasMessageContaining("forced");
    }

    @Test
    void nodesKeepIdentity() {
        ModelNode node = eval("let t = { a = 1; }; in { x = t; y = [ t ]; z = { a = 1; }; }");
        assertThat(node.get("x").identity()).isSameAs(node.get("y").elements().get(0).identity());
        assertThat(node.get("x").identity()).isNotSameAs(node.get("z").identity());
    }

    @Test
    void typeMismatchOfANodeIsPositioned() {
        ModelNode node = eval("{\n  list = [ 1 ];\n}");
        assertThatThrownBy(() -> node.get("list").attributes())
                .isInstanceOf(NixError.class)
                .hasMessage("(string):2:3: value is a list while a set was expected");
    }

    @Test
    void toFileResultsAreKeptInTheStringContext() {
        ModelNode node = eval("let f = builtins.toFile \"a.conf\" \"x = 1\"; in \"exec ${f}\"");
        assertThat(node.asString()).matches("exec /nix/store/[0-9a-z]{32}-a\\.conf");
        assertThat(node.referencedFiles()).hasSize(1).containsValue("x = 1");
        assertThat(node.referencedFiles().firstKey()).isEqualTo(node.asString().substring(5));
    }

    @Test
    void derivationsHaveTheirStorePathsButCannotBeBuilt() {
        ModelNode node =
                eval(
                        "derivation { name = \"hello\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; }");
        assertThat(node.get("type").asString()).isEqualTo("derivation");
        assertThat(node.get("name").asString()).isEqualTo("hello");
        assertThat(node.get("outPath").asString()).matches("/nix/store/[0-9a-z]{32}-hello");
        assertThatThrownBy(
                        () ->
                                json(
                                        "builtins.readFile ("
                                                + "derivation { name = \"hello\";"
                                                + " system = \"x86_64-linux\"; builder = \"/bin/sh\"; })"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining(
                        "derivations cannot be built by the embedded evaluator; run with --nix");
        assertThat(error("import <nixpkgs> {}").kind()).isEqualTo(NixError.Kind.NOT_BUILDABLE);
        assertThat(error("builtins.fetchTarball \"https://example.org/x.tar.gz\"").kind())
                .isEqualTo(NixError.Kind.NOT_BUILDABLE);
    }

    @Test
    void fileFunctionsGetTheArgumentsTheyAccept() throws Exception {
        ModelNode processes =
                evaluator.evaluateFile(
                        resource("conformance/models/processes.nix"),
                        Map.of("processManager", "supervisord", "stateDir", "/srv", "unknown", 1));
        assertThat(processes.get("webapp").get("pkg").get("pidFile").asString())
                .isEqualTo("/srv/run/webapp.pid");
        assertThat(processes.get("nginx").get("port").asLong()).isEqualTo(8080);
        ModelNode webapp = processes.get("nginx").get("pkg").get("dependencies").elements().get(0);
        assertThat(webapp.identity()).isSameAs(processes.get("webapp").get("pkg").identity());
    }

    @Test
    void searchPathsResolveIncludeEntries() throws Exception {
        Path dir = resource("conformance/lib");
        NixEvaluator withPath =
                new NixEvaluator(List.of(Path.of("mylib=" + dir)), "other=/nonexistent");
        assertThat(withPath.evaluateExpression("(import <mylib>).answer", dir).asLong())
                .isEqualTo(42);
        assertThat(withPath.evaluateExpression("(import <mylib/value.nix>).name", dir).asString())
                .isEqualTo("value");
    }

    @Test
    void nixPathListsTheSearchPath() {
        NixEvaluator withPath = new NixEvaluator(List.of(Path.of("a=/x")), "/y:b=/z");
        assertThat(
                        withPath.toJson(
                                withPath.evaluateExpression("builtins.nixPath", Path.of("/")),
                                true))
                .isEqualTo(
                        "[{\"path\":\"/x\",\"prefix\":\"a\"},{\"path\":\"/y\",\"prefix\":\"\"},"
                                + "{\"path\":\"/z\",\"prefix\":\"b\"}]");
    }

    @Test
    void argumentsParseAsExpressions() {
        assertThat(evaluator.parseArgument("{ a = 1 + 1; }").get("a").asLong()).isEqualTo(2);
        assertThat(evaluator.stringArgument("x").asString()).isEqualTo("x");
    }

    @Test
    void printsNixSyntax() {
        assertThat(evaluator.toNix(eval("{ b = [ 1 \"s\\n\" null ]; a = x: x; c = 1.5; d = {}; }")))
                .isEqualTo("{ a = <LAMBDA>; b = [ 1 \"s\\n\" null ]; c = 1.5; d = { }; }");
        assertThat(JsonPrinter.print(eval("{ b = 1; a = [ true 0.1 ]; }")))
                .isEqualTo("{\"a\":[true,0.1],\"b\":1}");
    }

    @Test
    void nonStrictJsonRefusesUnevaluatedParts() {
        ModelNode node = eval("{ a = 1 + 1; }");
        assertThatThrownBy(() -> evaluator.toJson(node, false)).isInstanceOf(NixError.class);
        assertThat(evaluator.toJson(eval("1"), false)).isEqualTo("1");
    }

    @Test
    void indentedStringsStripIndentation() {
        assertThat(eval("''\n    a\n      b\n    c\n  ''").asString()).isEqualTo("a\n  b\nc\n");
        assertThat(eval("''\n  x ''${y} '''z'''\n''").asString()).isEqualTo("x ${y} ''z''\n");
    }
}
