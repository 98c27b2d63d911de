package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedFilesTest {
    @TempDir Path dir;

    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    private String json(String expression) {
        return evaluator.toJson(evaluator.evaluateExpression(expression, dir), true);
    }

    private Env scope(String... names) {
        Map<String, Thunk> vars = new java.util.HashMap<>();
        for (String name : names) {
            vars.put(name, Thunk.of((long) name.length()));
        }
        return Env.of(evaluator.session().builtins().baseEnv(), vars);
    }

    @Test
    void theSameFileInAScopeOfTheSameShapeReusesItsTree() throws IOException {
        Path file = Files.writeString(dir.resolve("f.nix"), "x - y");
        Session session = evaluator.session();
        SourcePosition at = SourcePosition.ofFile("test");
        Expr first = session.parseFile(file, at, scope("x", "y"));
        assertThat(session.parseFile(file, at, scope("y", "x"))).isSameAs(first);
        assertThat(session.parseFile(file, at, scope("a", "x", "y"))).isNotSameAs(first);
    }

    @Test
    void aReusedFileStillResolvesInEachScope() throws IOException {
        Files.writeString(dir.resolve("f.nix"), "x - y");
        assertThat(
                        json(
                                "[ (builtins.scopedImport { x = 1; y = 2; } ./f.nix)"
                                        + " (builtins.scopedImport { a = 100; x = 20; y = 10; }"
                                        + " ./f.nix)"
                                        + " (builtins.scopedImport { x = 5; y = 2; } ./f.nix)"
                                        + " (builtins.scopedImport { y = 7; x = 1; z = 0; } ./f.nix)"
                                        + " (builtins.scopedImport { b = 0; y = 1; x = 3; }"
                                        + " ./f.nix) ]"))
                .isEqualTo("[-1,10,3,-6,2]");
    }

    @Test
    void aFileChangedBetweenTwoImportsIsReadAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("f.nix"), "x - y");
        FileTime stamp = Files.getLastModifiedTime(file);
        assertThat(json("builtins.scopedImport { x = 5; y = 2; } ./f.nix")).isEqualTo("3");
        Files.writeString(file, "y - x");
        Files.setLastModifiedTime(file, stamp);
        assertThat(json("builtins.scopedImport { x = 5; y = 2; } ./f.nix")).isEqualTo("-3");
    }

    @Test
    void anUndefinedVariableIsReportedAtEachImportWithItsPosition() throws IOException {
        Files.writeString(dir.resolve("f.nix"), "x +\n  y");
        for (int i = 0; i < 2; i++) {
            NixError e =
                    assertThrows(
                            NixError.class, () -> json("builtins.scopedImport { x = 1; } ./f.nix"));
            assertThat(e.firstLine()).contains("f.nix:2:3").contains("undefined variable 'y'");
        }
        assertThat(json("builtins.scopedImport { x = 1; y = 2; } ./f.nix")).isEqualTo("3");
    }

    @Test
    void decodingReadsEveryUtf8LengthAndFallsBackToLatin1OnMalformedBytes() {
        String text = "a\u00e9\u20ac\ud83d\ude00z";
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new String(ParsedFiles.decode(utf8))).isEqualTo(text);
        for (byte[] malformed :
                List.of(
                        new byte[] {'x', (byte) 0xc0, (byte) 0xaf},
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                        new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        new byte[] {(byte) 0xe2, (byte) 0x82},
                        new byte[] {(byte) 0x80, 'y'})) {
            assertThat(new String(ParsedFiles.decode(malformed)))
                    .isEqualTo(new String(malformed, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void textThatIsNotUtf8IsReadAsLatin1() throws IOException {
        Files.write(dir.resolve("f.nix"), new byte[] {'"', (byte) 0xe9, '"'});
        assertThat(json("builtins.scopedImport { } ./f.nix == \"\u00e9\"")).isEqualTo("true");
    }
}
