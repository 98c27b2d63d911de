package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code builtins.substring}, {@code stringLength}, {@code match} and {@code split} count UTF-8
 * bytes as Nix does, whether the string is ASCII (sliced as characters) or not (sliced as bytes).
 */
class StringSlicesPropertyTest {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);

    private static String nixSubstring(int start, int length, String text) {
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        String source =
                "builtins.substring "
                        + start
                        + " "
                        + (length < 0 ? "(" + length + ")" : length)
                        + " \""
                        + text
                        + "\"";
        String json = evaluator.toJson(evaluator.evaluateExpression(source, Path.of("/tmp")), true);
        assertThat(json).startsWith("\"").endsWith("\"");
        return json.substring(1, json.length() - 1);
    }

    private static String bytesSubstring(int start, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (start >= bytes.length) {
            return "";
        }
        int end = length < 0 ? bytes.length : (int) Math.min(bytes.length, (long) start + length);
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    @Test
    void slicesTheUtf8Bytes() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        integers().between(0, 12),
                        integers().between(-1, 12),
                        strings().betweenCodePoints('a', 'a' + 3).ofLengthBetween(0, 10),
                        integers().between(-1, 10))
                .checkAssert(
                        (start, length, ascii, wide) -> {
                            String text =
                                    wide < 0 || wide > ascii.length()
                                            ? ascii
                                            : ascii.substring(0, wide)
                                                    + "é€"
                                                    + ascii.substring(wide);
                            assertThat(nixSubstring(start, length, text))
                                    .isEqualTo(bytesSubstring(start, length, text));
                        });
    }

    @Test
    void takesTheRestWhenTheLengthRunsPastTheEnd() {
        assertThat(nixSubstring(2, 1000, "abcdef")).isEqualTo("cdef");
        assertThat(nixSubstring(1, -1, "aé")).isEqualTo("é");
        assertThat(nixSubstring(9, 1, "abc")).isEmpty();
    }

    private static String json(String source) {
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        return evaluator.toJson(evaluator.evaluateExpression(source, Path.of("/tmp")), true);
    }

    @Test
    void matchesAndSplitsOnTheBytes() {
        assertThat(json("builtins.stringLength \"aé€\"")).isEqualTo("6");
        assertThat(json("builtins.stringLength \"abc\"")).isEqualTo("3");
        assertThat(json("builtins.split \"(b)\" \"abcbd\""))
                .isEqualTo("[\"a\",[\"b\"],\"c\",[\"b\"],\"d\"]");
        assertThat(json("builtins.split \"(b)\" \"aébé€\"")).isEqualTo("[\"aé\",[\"b\"],\"é€\"]");
        assertThat(json("builtins.match \"(.*)b(.)\" \"xébé\"")).isEqualTo("null");
        assertThat(json("builtins.match \"(.*)b(..)\" \"xébé\"")).isEqualTo("[\"xé\",\"é\"]");
        assertThat(json("builtins.match \"(a*)b(c?)\" \"aab\"")).isEqualTo("[\"aa\",\"\"]");
    }
}
