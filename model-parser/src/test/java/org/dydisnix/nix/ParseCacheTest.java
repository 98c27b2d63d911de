package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent cache of parsed files: a second evaluator loads what the first one wrote, and an
 * entry that does not match exactly (edited file, other scope shape, other build, damaged entry) is
 * ignored and rewritten, never changing a result.
 */
class ParseCacheTest {
    @TempDir Path dir;

    private Path cacheDir;
    private Path file;
    private Path library;

    @BeforeEach
    void files() throws IOException {
        cacheDir = dir.resolve("cache");
        library =
                Files.writeString(
                        dir.resolve("lib.nix"),
                        "rec { twice = x: x * 2; names = [ \"a\" ./b ]; with' = s: with s; a + b;"
                                + " f = { a, b ? twice a, ... }@args: a + b; }");
        file =
                Files.writeString(
                        dir.resolve("main.nix"),
                        "let lib = import ./lib.nix; in"
                                + " [ (lib.twice 21) (lib.f { a = 1; }) (lib.with' { a = 2; b = 3; })"
                                + " (builtins.length lib.names) ]");
    }

    private String eval(String stamp) {
        NixEvaluator evaluator =
                new NixEvaluator(List.of(), "", new ParsedTreeCache(cacheDir, stamp));
        return evaluator.toJson(evaluator.evaluateFile(file), true);
    }

    private Path entryOf(Path source) throws IOException {
        try (Stream<Path> entries = Files.list(cacheDir)) {
            return entries.filter(
                            p -> p.getFileName().toString().startsWith(source.getFileName() + "-"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The identity of an entry's file: a rewritten entry is a new file renamed over the old. */
    private Object identity(Path entry) throws IOException {
        return Files.readAttributes(entry, BasicFileAttributes.class).fileKey();
    }

    @Test
    void aSecondEvaluatorLoadsTheTreesTheFirstWrote() throws IOException {
        assertThat(eval("a")).isEqualTo("[42,3,5,2]");
        Path entry = entryOf(library);
        Object written = identity(entry);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir)))
                .isEqualTo("rwx------");
        assertThat(eval("a")).isEqualTo("[42,3,5,2]");
        assertThat(identity(entry)).isEqualTo(written);
        ParsedTreeCache cache = new ParsedTreeCache(cacheDir, "a");
        Env scope = new NixEvaluator(List.of(), "", null).session().builtins().baseEnv();
        assertThat(
                        cache.load(
                                library,
                                Files.readAllBytes(library),
                                ParsedFiles.shape(scope),
                                "lib.nix",
                                null))
                .isNotNull();
    }

    @Test
    void anEditedFileIsParsedAgainAndItsEntryRewritten() throws IOException {
        eval("a");
        Object before = identity(entryOf(library));
        Files.writeString(
                library,
                Files.readString(library).replace("x * 2", "x * 3"),
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(eval("a")).isEqualTo("[63,4,5,2]");
        assertThat(identity(entryOf(library))).isNotEqualTo(before);
        assertThat(eval("a")).isEqualTo("[63,4,5,2]");
    }

    @Test
    void anotherBuildIgnoresTheEntriesAndRewritesThem() throws IOException {
        eval("a");
        Object before = identity(entryOf(library));
        assertThat(eval("b")).isEqualTo("[42,3,5,2]");
        assertThat(identity(entryOf(library))).isNotEqualTo(before);
    }

    @Test
    void scopesOfAnotherShapeHaveTheirOwnEntries() throws IOException {
        Files.writeString(dir.resolve("f.nix"), "x - y");
        String expression =
                "[ (builtins.scopedImport { x = 1; y = 2; } ./f.nix)"
                        + " (builtins.scopedImport { a = 100; x = 20; y = 10; } ./f.nix) ]";
        for (int run = 0; run < 2; run++) {
            NixEvaluator evaluator =
                    new NixEvaluator(List.of(), "", new ParsedTreeCache(cacheDir, "a"));
            assertThat(evaluator.toJson(evaluator.evaluateExpression(expression, dir), true))
                    .isEqualTo("[-1,10]");
        }
        try (Stream<Path> entries = Files.list(cacheDir)) {
            assertThat(entries.filter(p -> p.getFileName().toString().startsWith("f.nix-")))
                    .hasSize(2);
        }
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws IOException {
        eval("a");
        Path entry = entryOf(library);
        byte[] good = Files.readAllBytes(entry);
        List<byte[]> damaged =
                List.of(
                        java.util.Arrays.copyOf(good, good.length / 2),
                        java.util.Arrays.copyOf(good, good.length - 1),
                        flip(good, good.length - 20),
                        flip(good, good.length - 1),
                        flip(good, 10),
                        new byte[0],
                        new byte[(1 << 20) + 8192],
                        "garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] bytes : damaged) {
            Files.write(entry, bytes);
            assertThat(eval("a")).isEqualTo("[42,3,5,2]");
            assertThat(Files.readAllBytes(entry)).isEqualTo(good);
        }
    }

    @Test
    void aFunctionBodyFoundDamagedWhenFirstCalledIsParsedAgainAndItsEntryRewritten()
            throws Exception {
        String source = "{ big = x: [ x 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 ]; }";
        Files.writeString(library, source, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(
                file,
                "builtins.elemAt ((import ./lib.nix).big 7) 3",
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(eval("a")).isEqualTo("3");
        Path entry = entryOf(library);
        byte[] good = Files.readAllBytes(entry);

        Expr parsed = Parser.parse(source, "lib.nix", dir);
        Resolver.check(
                parsed, new NixEvaluator(List.of(), "", null).session().builtins().baseEnv());
        byte[] tree = TreeWriter.write(parsed, "lib.nix");
        int treeAt = good.length - 4 - tree.length;
        Expr.Lambda big =
                (Expr.Lambda)
                        ((Expr.Attrs) TreeReader.read(tree, 0, tree.length, "lib.nix"))
                                .bindings()
                                .get("big")
                                .value();
        java.lang.reflect.Field blockField = Expr.Lambda.class.getDeclaredField("block");
        blockField.setAccessible(true);
        Object block = blockField.get(big);
        java.lang.reflect.Field fromField = block.getClass().getDeclaredField("from");
        fromField.setAccessible(true);
        byte[] damaged = good.clone();
        damaged[treeAt + (int) fromField.get(block)] = 127;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(damaged, 0, damaged.length - 4);
        java.nio.ByteBuffer.wrap(damaged).putInt(damaged.length - 4, (int) crc.getValue());
        Files.write(entry, damaged);
        Expr loaded =
                new ParsedTreeCache(cacheDir, "a")
                        .load(
                                library,
                                source.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                ParsedFiles.shape(
                                        new NixEvaluator(List.of(), "", null)
                                                .session()
                                                .builtins()
                                                .baseEnv()),
                                "lib.nix",
                                null);
        Expr.Lambda deferred = (Expr.Lambda) ((Expr.Attrs) loaded).bindings().get("big").value();
        org.assertj.core.api.Assertions.assertThatThrownBy(deferred::body)
                .isInstanceOf(TreeReader.Corrupt.class);

        assertThat(eval("a")).isEqualTo("3");
        assertThat(Files.readAllBytes(entry)).isEqualTo(good);
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x10;
        return copy;
    }

    @Test
    void temporaryFilesOfEndedWritersAreRemovedAtTheFirstWrite() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        long gone = ended.pid();
        assertThat(ProcessHandle.of(gone)).isEmpty();
        Files.createDirectories(cacheDir);
        Path abandoned = Files.writeString(cacheDir.resolve(".lib.nix-x." + gone + ".12.tmp"), "");
        Path recent = Files.writeString(cacheDir.resolve(".lib.nix-y." + gone + ".-5.tmp"), "");
        long self = ProcessHandle.current().pid();
        Path live = Files.writeString(cacheDir.resolve(".lib.nix-z." + self + ".7.tmp"), "");
        Path foreign = Files.writeString(cacheDir.resolve("notes.1.2.tmp"), "");
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        for (Path old : List.of(abandoned, live, foreign)) {
            Files.setLastModifiedTime(old, hourAgo);
        }
        assertThat(eval("a")).isEqualTo("[42,3,5,2]");
        assertThat(abandoned).doesNotExist();
        assertThat(recent).exists();
        assertThat(live).exists();
        assertThat(foreign).exists();
    }

    @Test
    void aTemporaryFileNamesItsWriter() {
        assertThat(ParsedTreeCache.writerOf(".lists.nix-ab12.4711.-99.tmp")).isEqualTo(4711);
        assertThat(ParsedTreeCache.writerOf(".a.12x.3.tmp")).isEqualTo(-1);
        assertThat(ParsedTreeCache.writerOf(".a..3.tmp")).isEqualTo(-1);
        assertThat(ParsedTreeCache.writerOf("lists.nix-ab12")).isEqualTo(-1);
        assertThat(ParsedTreeCache.writerOf(".3.tmp")).isEqualTo(-1);
    }

    @Test
    void aCacheDirectoryThatCannotBeMadeOnlyDisablesWriting() throws IOException {
        cacheDir = Files.writeString(dir.resolve("a-file"), "not a directory");
        assertThat(eval("a")).isEqualTo("[42,3,5,2]");
        assertThat(eval("a")).isEqualTo("[42,3,5,2]");
        assertThat(Files.readString(cacheDir)).isEqualTo("not a directory");
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("a-file", "lib.nix", "main.nix");
        }
    }

    @Test
    void theDirectoryComesFromTheEnvironment() {
        assertThat(ParseCache.directory(Map.of("DYDISNIX_CACHE_DIR", "off", "HOME", "/h")))
                .isNull();
        assertThat(ParseCache.directory(Map.of("DYDISNIX_CACHE_DIR", "/c", "HOME", "/h")))
                .isEqualTo(Path.of("/c"));
        assertThat(ParseCache.directory(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/x/dydisnix/parsed"));
        assertThat(ParseCache.directory(Map.of("HOME", "/h")))
                .isEqualTo(Path.of("/h/.cache/dydisnix/parsed"));
        assertThat(ParseCache.directory(Map.of())).isNull();
    }

    @Test
    void theBuildIsStampedByItsClassFiles() {
        String stamp = ParseCache.stamp();
        assertThat(stamp).startsWith("classes ").isEqualTo(ParseCache.stamp());
    }

    @Test
    void evaluatorsDoNotUseTheCacheUnlessTheProgramTurnsItOn() {
        assertThat(ParseCache.current()).isNull();
    }
}
