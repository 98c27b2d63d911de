package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's fast paths agree with the general ones: curried closures applied to two
 * arguments, set arguments evaluated without a thunk, attribute names found through a remembered
 * slot, application thunks of built-ins, bindings sharing a variable's thunk, updates sharing
 * names, {@code zipAttrsWith} without maps, literal regular expressions matched by comparing bytes,
 * attributes and sets of literals made once.
 */
class FastPathPropertyTest {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);
    private static final Path BASE = Path.of("/tmp");

    private static String outcome(String source) {
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        try {
            return "ok " + evaluator.toJson(evaluator.evaluateExpression(source, BASE), true);
        } catch (NixError e) {
            return "error " + e.kind();
        }
    }

    private static String expr(ExprGenerator generator, String... scope) {
        return "(" + ExprPrinter.print(generator.expr(3, List.of(scope))) + ")";
    }

    @Test
    void curriedClosuresApplyLikeOneArgumentAtATime() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            ExprGenerator g = new ExprGenerator(seed);
                            String a = expr(g);
                            String b = expr(g);
                            for (String body : List.of("[ x y ]", expr(g, "x", "y"))) {
                                curriedAppliesLikeGeneral(body, a, b);
                            }
                        });
    }

    private static void curriedAppliesLikeGeneral(String body, String a, String b) {
        String curried = "(x: y: " + body + ")";
        String general = "(x: let g = y: " + body + "; in g)";
        for (String call :
                List.of(
                        "%s " + a + " " + b,
                        "builtins.foldl' %s " + a + " [ " + b + " ]",
                        "builtins.attrValues (builtins.mapAttrs %s { n = " + b + "; })",
                        "builtins.sort %s [ " + a + " " + b + " ]")) {
            assertThat(outcome(call.formatted(curried)))
                    .as(call.formatted(curried))
                    .isEqualTo(outcome(call.formatted(general)));
        }
    }

    @Test
    void strictFoldsPassForcedAccumulatorsLikeThunks() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            ExprGenerator g = new ExprGenerator(seed);
                            String a = expr(g);
                            String b = expr(g);
                            String c = expr(g);
                            for (String body : List.of("[ x y ]", "x", expr(g, "x", "y"))) {
                                for (String f :
                                        List.of(
                                                "(x: y: " + body + ")",
                                                "(x: let g = y: " + body + "; in g)")) {
                                    String fold =
                                            "builtins.foldl' %s %s [ %s %s ]".formatted(f, a, b, c);
                                    String general =
                                            ("let f = %s; r = f %s %s; in builtins.seq r (f r %s)")
                                                    .formatted(f, a, b, c);
                                    assertThat(outcome(fold)).as(fold).isEqualTo(outcome(general));
                                }
                            }
                        });
    }

    @Test
    void generatedListsApplyLikeMapOverIndices() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            ExprGenerator g = new ExprGenerator(seed);
                            for (String body : List.of("[ x ]", "x * x", expr(g, "x"))) {
                                String generated = "builtins.genList (x: " + body + ") 3";
                                String general = "map (x: " + body + ") [ 0 1 2 ]";
                                assertThat(outcome(generated))
                                        .as(generated)
                                        .isEqualTo(outcome(general));
                            }
                        });
    }

    @Test
    void saturatedBuiltinApplicationsMatchPartialOnes() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            ExprGenerator g = new ExprGenerator(seed);
                            String a = expr(g);
                            String b = expr(g);
                            String c = expr(g);
                            for (String builtin :
                                    List.of(
                                            "builtins.foldl' (x: y: [ x y ])",
                                            "builtins.substring",
                                            "builtins.replaceStrings",
                                            "map",
                                            "builtins.seq",
                                            "builtins.deepSeq")) {
                                String direct = builtin + " " + a + " " + b + " " + c;
                                String partial =
                                        "let p = %s %s; q = p %s; in q %s"
                                                .formatted(builtin, a, b, c);
                                assertThat(outcome(direct)).as(direct).isEqualTo(outcome(partial));
                            }
                        });
    }

    @Test
    void mapForcesItsListBeforeItsFunction() {
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        assertThat(outcome("map (throw \"f\") [ ]")).isEqualTo("ok []");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                evaluator.toJson(
                                        evaluator.evaluateExpression(
                                                "map (throw \"f\") (throw \"list\")", BASE),
                                        true))
                .hasMessageContaining("list");
    }

    @Test
    void bodiesInLentScopesEvaluateLikeBodiesInTheirOwn() {
        qt().withExamples(EXAMPLES / 3)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            ExprGenerator g = new ExprGenerator(seed);
                            String a = expr(g);
                            String b = expr(g);
                            String body =
                                    List.of(
                                                    expr(g, "x", "y"),
                                                    "builtins.length y",
                                                    "builtins.elemAt y 0 + x",
                                                    "builtins.seq y x",
                                                    "builtins.substring 0 1 y",
                                                    "builtins.typeOf y + builtins.typeOf x")
                                            .get(new Random(seed).nextInt(6));
                            String lent = "(x: y: " + body + ")";
                            String own = "(x: y: let r = " + body + "; in r)";
                            for (String call :
                                    List.of(
                                            "%s " + a + " " + b,
                                            "builtins.foldl' %s " + a + " [ " + b + " " + a + " ]",
                                            "map (%s " + a + ") [ " + b + " ]",
                                            "builtins.genList (%s " + a + ") 2",
                                            "builtins.sort %s [ " + a + " " + b + " ]")) {
                                assertThat(outcome(call.formatted(lent)))
                                        .as(call.formatted(lent))
                                        .isEqualTo(outcome(call.formatted(own)));
                            }
                        });
    }

    @Test
    void lentScopesSurviveNestedCallsOfTheSameFunction() {
        StringBuilder chain = new StringBuilder("let f = x: x + 1 + x - x; a0 = 0; ");
        for (int i = 1; i <= 100; i++) {
            chain.append("a").append(i).append(" = f a").append(i - 1).append("; ");
        }
        assertThat(outcome(chain + "in a100")).isEqualTo("ok 100");
        assertThat(
                        outcome(
                                "let g = x: y: y + x + y - y; in builtins.foldl' g 0 (builtins.genList (i: i) 5)"))
                .isEqualTo("ok 10");
        assertThat(outcome("let f = x: x.a or (throw \"no\"); in builtins.tryEval (f { })"))
                .isEqualTo("ok {\"success\":false,\"value\":false}");
        assertThat(
                        outcome(
                                "let f = i: y: if i < 0 then (if p y then 1 else i - 1) else i;"
                                        + " p = v: v == 3; in builtins.foldl' f (-1) [ 1 2 3 4 ]"))
                .isEqualTo("ok 1");
        assertThat(
                        outcome(
                                "let f = x: assert x > 0; x + 1; in [ (builtins.tryEval (f 0)).success (f 2) ]"))
                .isEqualTo("ok [false,3]");
    }

    @Test
    void sharedSmallIntegersComputeLikeJava() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(-70000, 70000), longs().between(-70000, 70000))
                .checkAssert(
                        (a, b) -> {
                            String sum =
                                    "[ (%d + %d) (%d - %d) (%d * %d) ]".formatted(a, b, a, b, a, b);
                            assertThat(outcome(sum))
                                    .isEqualTo("ok [%d,%d,%d]".formatted(a + b, a - b, a * b));
                            if (b != 0) {
                                assertThat(outcome("%d / %d".formatted(a, b)))
                                        .isEqualTo("ok " + (a / b));
                            }
                            assertThat(outcome("%d + %d == %d".formatted(a, b, a + b)))
                                    .isEqualTo("ok true");
                        });
    }

    @Test
    void setArgumentsEvaluateLikeThunks() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            ExprGenerator g = new ExprGenerator(seed);
                            String function =
                                    "({ a, b ? "
                                            + expr(g, "a")
                                            + ", ... }@all: "
                                            + expr(g, "a", "b", "all")
                                            + ")";
                            String argument = "{ a = " + expr(g) + "; c = " + expr(g) + "; }";
                            String strict = "builtins.deepSeq all all";
                            String withBody =
                                    function.replace(
                                            "@all: ", "@all: builtins.seq (" + strict + ") ");
                            for (String f : List.of(function, withBody)) {
                                assertThat(outcome(f + " " + argument))
                                        .as(f + " " + argument)
                                        .isEqualTo(
                                                outcome(
                                                        "let s = "
                                                                + argument
                                                                + "; in "
                                                                + f
                                                                + " s"));
                            }
                        });
    }

    @Test
    void rememberedSlotsFindWhatTheSearchFinds() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Random random = new Random(seed);
                            String[] alphabet = {"a", "b", "c", "d", "e", "f", "g", "h"};
                            List<Expr.AttrKey.Name> keys = new ArrayList<>();
                            for (String name : alphabet) {
                                keys.add(new Expr.AttrKey.Name(name));
                            }
                            for (int round = 0; round < 20; round++) {
                                TreeSet<String> names = new TreeSet<>();
                                for (String name : alphabet) {
                                    if (random.nextBoolean()) {
                                        names.add(random.nextBoolean() ? name : new String(name));
                                    }
                                }
                                String[] sorted = names.toArray(new String[0]);
                                Attr[] values = new Attr[sorted.length];
                                for (int i = 0; i < values.length; i++) {
                                    values[i] = new Attr(Thunk.of((long) i), null);
                                }
                                NixAttrs attrs = new NixAttrs(sorted, values, null);
                                for (Expr.AttrKey.Name key : keys) {
                                    assertThat(key.in(attrs)).isSameAs(attrs.get(key.name()));
                                }
                            }
                        });
    }

    @Test
    void builtinApplicationsKeepLaziness() {
        assertThat(outcome("builtins.length (map (x: throw \"no\") [ 1 2 ])")).isEqualTo("ok 2");
        assertThat(outcome("builtins.elemAt (builtins.genList (i: i * i) 5) 4")).isEqualTo("ok 16");
        assertThat(outcome("(builtins.mapAttrs (n: v: throw n) { a = 1; b = 2; }) ? a"))
                .isEqualTo("ok true");
        assertThat(outcome("builtins.head (map (x: x + 1) [ (throw \"no\") ])"))
                .isEqualTo("error THROWN");
        assertThat(outcome("let f = x: y: x; in builtins.foldl' f 1 [ (throw \"lazy\") ]"))
                .isEqualTo("ok 1");
        assertThat(outcome("builtins.mapAttrs (n: v: n + v) { b = \"y\"; a = \"x\"; }"))
                .isEqualTo("ok {\"a\":\"ax\",\"b\":\"by\"}");
        assertThat(
                        outcome(
                                "builtins.zipAttrsWith (n: vs: [ n ] ++ vs) [ { b = 1; } { a = 2; b = 3; } ]"))
                .isEqualTo("ok {\"a\":[\"a\",2],\"b\":[\"b\",1,3]}");
    }

    @Test
    void updatesMatchAMapOfBothSides() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Random random = new Random(seed);
                            NixAttrs left = randomSet(random, random.nextInt(16));
                            NixAttrs right =
                                    switch (random.nextInt(3)) {
                                        case 0 -> subset(random, left);
                                        case 1 -> superset(random, left);
                                        default ->
                                                randomSet(
                                                        random,
                                                        random.nextInt(
                                                                random.nextBoolean() ? 4 : 20));
                                    };
                            java.util.TreeMap<String, Attr> expected =
                                    new java.util.TreeMap<>(left.attrs());
                            expected.putAll(right.attrs());
                            NixAttrs updated = NixAttrs.update(left, right);
                            assertThat(updated.names).containsExactlyElementsOf(expected.keySet());
                            for (int i = 0; i < updated.names.length; i++) {
                                assertThat(updated.values[i])
                                        .isSameAs(expected.get(updated.names[i]));
                                assertThat(updated.get(updated.names[i]))
                                        .isSameAs(updated.values[i]);
                            }
                        });
    }

    private static NixAttrs subset(Random random, NixAttrs set) {
        List<String> names = new ArrayList<>();
        for (String name : set.names) {
            if (random.nextBoolean()) {
                names.add(random.nextBoolean() ? name : new String(name));
            }
        }
        return withNames(random, names);
    }

    private static NixAttrs superset(Random random, NixAttrs set) {
        TreeSet<String> names = new TreeSet<>(List.of(set.names));
        for (int i = random.nextInt(12); i > 0; i--) {
            names.add("n" + random.nextInt(24));
        }
        return withNames(random, new ArrayList<>(names));
    }

    private static NixAttrs withNames(Random random, List<String> names) {
        Attr[] values = new Attr[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = new Attr(Thunk.of((long) random.nextInt(100)), null);
        }
        return new NixAttrs(names.toArray(new String[0]), values, null);
    }

    private static NixAttrs randomSet(Random random, int size) {
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            String name = "n" + random.nextInt(24);
            names.add(random.nextBoolean() ? name.intern() : new String(name));
        }
        String[] sorted = names.toArray(new String[0]);
        Attr[] values = new Attr[sorted.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = new Attr(Thunk.of((long) random.nextInt(100)), null);
        }
        return new NixAttrs(sorted, values, null);
    }

    @Test
    void stringAttributesSharedBetweenSetsKeepTheirValuesAndPositions() {
        assertThat(outcome("map (x: { a = \"s\"; b = x; } // { c = \"t\"; }) [ 1 2 ]"))
                .isEqualTo(
                        "ok [{\"a\":\"s\",\"b\":1,\"c\":\"t\"},{\"a\":\"s\",\"b\":2,\"c\":\"t\"}]");
        assertThat(
                        outcome(
                                "map (x: (builtins.unsafeGetAttrPos \"a\" (rec { a = \"s\"; b = a; })).line) [ 1 2 ]"))
                .isEqualTo("ok [1,1]");
        assertThat(outcome("({ a = 1; b = 2; } // { }) // { b = 3; }"))
                .isEqualTo("ok {\"a\":1,\"b\":3}");
        assertThat(outcome("builtins.removeAttrs { a = 1; b = 2; } [ \"c\" ] // { c = 3; }"))
                .isEqualTo("ok {\"a\":1,\"b\":2,\"c\":3}");
        assertThat(
                        outcome(
                                "(builtins.unsafeGetAttrPos \"b\" (builtins.intersectAttrs { a = 0; b = 0; }\n { a = 1;\n b = 2; })).line"))
                .isEqualTo("ok 3");
    }

    @Test
    void bindingsOfVariablesShareLikeThunks() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            ExprGenerator g = new ExprGenerator(seed);
                            String e = expr(g);
                            String shared =
                                    "let x = %s; y = x; z = y; w = v; v = z; in [ w v z y x ]";
                            String general =
                                    "let x = %s; y = if true then x else x; z = if true then y"
                                            + " else y; w = if true then v else v; v = if true"
                                            + " then z else z; in [ w v z y x ]";
                            assertThat(outcome(shared.formatted(e)))
                                    .as(shared.formatted(e))
                                    .isEqualTo(outcome(general.formatted(e)));
                            String formals = "({ a ? b, b ? c, c ? %s, d ? a }: [ a b c d ]) { }";
                            String formalsGeneral =
                                    "({ a ? (if true then b else b), b ? (if true then c else c),"
                                            + " c ? %s, d ? (if true then a else a) }: [ a b c d ])"
                                            + " { }";
                            assertThat(outcome(formals.formatted(e)))
                                    .isEqualTo(outcome(formalsGeneral.formatted(e)));
                        });
        assertThat(outcome("let a = b; b = a; in a")).isEqualTo("error INFINITE_RECURSION");
        assertThat(outcome("let a = a; in a")).isEqualTo("error INFINITE_RECURSION");
        assertThat(outcome("let a = 1; in let a = a; in a")).isEqualTo("error INFINITE_RECURSION");
        assertThat(outcome("({ a ? b, b ? a }: a) { }")).isEqualTo("error INFINITE_RECURSION");
    }

    @Test
    void zipAttrsWithMatchesUpdatesOfEachName() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Random random = new Random(seed);
                            StringBuilder sets = new StringBuilder("[ ");
                            for (int s = random.nextInt(5); s > 0; s--) {
                                sets.append("{ ");
                                for (int n = 0; n < 9; n++) {
                                    if (random.nextInt(3) == 0) {
                                        sets.append("n").append(n).append(" = ");
                                        sets.append(random.nextInt(100)).append("; ");
                                    }
                                }
                                sets.append("} ");
                            }
                            String list = sets.append("]").toString();
                            String zipped = "builtins.zipAttrsWith (n: vs: [ n ] ++ vs) " + list;
                            String general =
                                    "builtins.mapAttrs (n: _: [ n ] ++ builtins.catAttrs n "
                                            + list
                                            + ") (builtins.foldl' (a: b: a // b) { } "
                                            + list
                                            + ")";
                            assertThat(outcome(zipped)).as(zipped).isEqualTo(outcome(general));
                        });
    }

    @Test
    void literalRegexesMatchAsTheAutomatonDoes() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Random random = new Random(seed);
                            String alphabet = "ab,.é";
                            StringBuilder text = new StringBuilder();
                            for (int i = random.nextInt(20); i > 0; i--) {
                                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                            }
                            StringBuilder literal = new StringBuilder();
                            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                                literal.append(c == '.' ? "\\." : String.valueOf(c));
                            }
                            byte[] input =
                                    text.toString()
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                            List<Regex.Match> fast =
                                    Regex.compile(literal.toString(), null).findAll(input);
                            List<Regex.Match> general =
                                    Regex.compile("(" + literal + ")", null).findAll(input);
                            assertThat(fast).hasSameSizeAs(general);
                            for (int i = 0; i < fast.size(); i++) {
                                assertThat(fast.get(i).starts()[0])
                                        .isEqualTo(general.get(i).starts()[0]);
                                assertThat(fast.get(i).ends()[0])
                                        .isEqualTo(general.get(i).ends()[0]);
                            }
                        });
        assertThat(outcome("builtins.split \",\" \"a,b,,c\""))
                .isEqualTo("ok [\"a\",[],\"b\",[],\"\",[],\"c\"]");
    }

    @Test
    void literalAttributesEvaluateLikeComputedOnes() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Random random = new Random(seed);
                            String[] literals = {"1", "\"s\"", "2.5", "-3", "''t''", "x"};
                            StringBuilder fast = new StringBuilder();
                            StringBuilder general = new StringBuilder();
                            for (int n = 0; n < 6; n++) {
                                if (random.nextBoolean()) {
                                    String value = literals[random.nextInt(literals.length)];
                                    String name = "n" + n;
                                    fast.append("\n").append(name).append(" = ").append(value);
                                    fast.append("; ");
                                    general.append("\n")
                                            .append(name)
                                            .append(" = if true then ")
                                            .append(value)
                                            .append(" else null; ");
                                }
                            }
                            String rec = random.nextBoolean() ? "rec " : "";
                            String positions =
                                    "builtins.map (n: (builtins.unsafeGetAttrPos n s).column)"
                                            + " (builtins.attrNames s)";
                            for (String template :
                                    List.of(
                                            "map (x: %1$s{ %2$s}) [ 1 2 ]",
                                            "let s = %1$s{ %2$s}; in " + positions,
                                            "let s = %1$s{ %2$s}; in "
                                                    + positions.replace("column", "line"),
                                            "map (x: %1$s{ %2$s} == %1$s{ %2$s}) [ 1 2 ]",
                                            "(x: %1$s{ %2$s} // { y = x; }) 1")) {
                                String a = template.formatted(rec, fast);
                                String b = template.formatted(rec, general);
                                assertThat(outcome("let x = 7; in " + a))
                                        .as(a)
                                        .isEqualTo(outcome("let x = 7; in " + b));
                            }
                        });
    }
}
