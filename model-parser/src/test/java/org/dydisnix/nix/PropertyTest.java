package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelReader;
import org.junit.jupiter.api.Test;

/**
 * Properties of the evaluator. Examples per property: 500, or {@code -DQT_EXAMPLES=100000} for a
 * long run; a failure prints its seed, which {@code -DQT_SEED=...} replays.
 */
class PropertyTest {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 500);
    private static final String SYNTAX = "{}[]()\"';:.=?$\\@#/*+-!<>";
    private static final Path BASE = Path.of("/tmp");
    private static final List<String> MODELS =
            List.of(
                    "blog/services.nix",
                    "blog/infrastructure.nix",
                    "blog/distribution.nix",
                    "conformance/models/processes.nix",
                    "conformance/models/constructors.nix",
                    "conformance/models/config.nix",
                    "conformance/eval-okay-ind-string-escapes.nix",
                    "conformance/eval-okay-attrs-dynamic.nix",
                    "conformance/eval-okay-lambda-default-refers.nix");

    /** The outcome of an evaluation: its JSON, or the kind of error. */
    private static String outcome(java.util.function.Supplier<String> evaluation) {
        try {
            return "ok " + evaluation.get();
        } catch (NixError e) {
            return "error " + e.kind();
        }
    }

    @Test
    void printedSourceEvaluatesLikeTheTree() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(PropertyTest::printedSourceEvaluatesLikeTheTree);
    }

    private static void printedSourceEvaluatesLikeTheTree(long seed) {
        Expr tree = new ExprGenerator(seed).expr(5, List.of());
        String source = ExprPrinter.print(tree);
        NixEvaluator direct = new NixEvaluator(List.of(), "");
        String expected =
                outcome(
                        () -> {
                            Session session = direct.session();
                            Object value = Guard.run(() -> session.eval(tree));
                            return direct.toJson(direct.node(value, null), true);
                        });
        NixEvaluator parsed = new NixEvaluator(List.of(), "");
        String actual = outcome(() -> parsed.toJson(parsed.evaluateExpression(source, BASE), true));
        assertThat(actual).as(source).isEqualTo(expected);
    }

    @Test
    void mutatedModelsFailOnlyWithModelErrors() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            try {
                                mutatedModelsFailOnlyWithModelErrors(seed);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    private static void mutatedModelsFailOnlyWithModelErrors(long seed) throws IOException {
        Random random = new Random(seed);
        String model = MODELS.get(random.nextInt(MODELS.size()));
        byte[] bytes = Files.readAllBytes(resource(model));
        byte[] mutated = mutate(bytes, random);
        Path dir = Files.createTempDirectory("nix-fuzz");
        Path file = dir.resolve("model.nix");
        try {
            Files.write(file, mutated);
            NixEvaluator evaluator = new NixEvaluator(List.of(), "");
            try {
                evaluator.toJson(
                        evaluator.evaluateFile(file, Map.of("processManager", "supervisord")),
                        true);
            } catch (ModelException e) {
                assertThat(e.getMessage()).doesNotStartWith("internal error");
            }
            try {
                new ModelReader(new NixModelSource(evaluator), "{}", false).services(file);
            } catch (ModelException e) {
                assertThat(e.getMessage()).doesNotStartWith("internal error");
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(PropertyTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = (byte) SYNTAX.charAt(random.nextInt(SYNTAX.length()));
                case 2 ->
                        bytes =
                                splice(
                                        bytes,
                                        at,
                                        Math.min(bytes.length, at + 1 + random.nextInt(20)),
                                        new byte[0]);
                case 3 -> {
                    int from = random.nextInt(bytes.length);
                    int to = Math.min(bytes.length, from + 1 + random.nextInt(40));
                    bytes = splice(bytes, at, at, java.util.Arrays.copyOfRange(bytes, from, to));
                }
                default -> bytes = splice(bytes, at, at, new byte[] {(byte) random.nextInt(128)});
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }

    static {
        if (!Files.isDirectory(BASE)) {
            throw new UncheckedIOException(new IOException("no /tmp"));
        }
    }
}
