package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code builtins.fromJSON} read back with {@code builtins.toJSON} gives the document Jackson's
 * tree reader sees, for random documents full of repeated scalars (which the streaming reader
 * shares).
 */
class FromJsonPropertyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> POOL =
            List.of("x86_64-linux", "out", "", "café", "\\u00e9\\n\\\"", "\\ud83d\\ude00", "a b");

    @TempDir Path dir;

    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    @Test
    void fromJsonThenToJsonKeepsTheDocument() {
        qt().withExamples(150)
                .forAll(longs().all(), integers().between(0, 40))
                .checkAssert(
                        (seed, size) -> {
                            String text = document(new Random(seed), size, 0);
                            String ours = roundTrip(text);
                            try {
                                JsonNode expected = MAPPER.readTree(text);
                                JsonNode actual = MAPPER.readTree(ours);
                                assertThat(actual.equals(FromJsonPropertyTest::sameValue, expected))
                                        .as(text + "\n  read back as\n" + ours)
                                        .isTrue();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    private String roundTrip(String text) {
        try {
            Path file = Files.writeString(dir.resolve("doc.json"), text, StandardCharsets.UTF_8);
            return evaluator.toJson(
                    evaluator.evaluateExpression(
                            "builtins.fromJSON (builtins.readFile " + file + ")", dir),
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random JSON value of about {@code size} nodes; scalars are drawn from a small pool. */
    private static String document(Random random, int size, int depth) {
        int kind = depth > 6 || size <= 1 ? random.nextInt(6) : 6 + random.nextInt(2);
        return switch (kind) {
            case 0 -> '"' + POOL.get(random.nextInt(POOL.size())) + '"';
            case 1 -> Long.toString(random.nextInt(5) - 2);
            case 2 -> random.nextBoolean() ? "1.5" : "-0.25e1";
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "null";
            case 5 -> Long.toString(random.nextLong());
            case 6 -> {
                StringBuilder out = new StringBuilder("[");
                int items = random.nextInt(Math.max(1, size));
                for (int i = 0; i < items; i++) {
                    out.append(i == 0 ? "" : ", ")
                            .append(document(random, size / Math.max(1, items), depth + 1));
                }
                yield out.append(']').toString();
            }
            default -> {
                StringBuilder out = new StringBuilder("{");
                int fields = random.nextInt(Math.max(1, size));
                for (int i = 0; i < fields; i++) {
                    out.append(i == 0 ? "" : ",")
                            .append("\"k")
                            .append(random.nextInt(8))
                            .append("\": ")
                            .append(document(random, size / Math.max(1, fields), depth + 1));
                }
                yield out.append('}').toString();
            }
        };
    }
}
