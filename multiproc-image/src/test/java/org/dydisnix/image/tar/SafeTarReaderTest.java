package org.dydisnix.image.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SafeTarReaderTest {

    private static byte[] rawTar(String name, byte type, String link) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
            if (link != null) {
                entry.setLinkName(link);
            }
            byte[] content =
                    type == TarConstants.LF_NORMAL
                            ? "x".getBytes(StandardCharsets.UTF_8)
                            : new byte[0];
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static List<String> names(byte[] tar) throws IOException {
        List<String> names = new ArrayList<>();
        SafeTarReader.read(
                new ByteArrayInputStream(tar), (name, entry, content) -> names.add(name));
        return names;
    }

    @Test
    void read_dotDotName_isRefused() {
        assertThatThrownBy(() -> names(rawTar("etc/../../evil", TarConstants.LF_NORMAL, null)))
                .isInstanceOf(UnsafeEntryException.class)
                .hasMessageContaining("'..'");
    }

    @Test
    void read_absoluteName_isRefused() {
        assertThatThrownBy(() -> names(rawTar("/etc/passwd", TarConstants.LF_NORMAL, null)))
                .isInstanceOf(UnsafeEntryException.class)
                .hasMessageContaining("absolute");
    }

    @Test
    void read_escapingSymlink_isRefused() {
        assertThatThrownBy(
                        () ->
                                names(
                                        rawTar(
                                                "usr/lib/evil",
                                                TarConstants.LF_SYMLINK,
                                                "../../../etc/shadow")))
                .isInstanceOf(UnsafeEntryException.class)
                .hasMessageContaining("escapes the root");
    }

    @Test
    void read_escapingHardLink_isRefused() {
        assertThatThrownBy(() -> names(rawTar("evil", TarConstants.LF_LINK, "../etc/shadow")))
                .isInstanceOf(UnsafeEntryException.class);
    }

    @Test
    void read_containedLinks_areAccepted() throws IOException {
        assertThat(names(rawTar("./bin", TarConstants.LF_SYMLINK, "usr/bin")))
                .containsExactly("bin");
        assertThat(names(rawTar("dev/fd", TarConstants.LF_SYMLINK, "/proc/self/fd")))
                .containsExactly("dev/fd");
        assertThat(names(rawTar("usr/lib/x", TarConstants.LF_SYMLINK, "../../etc/x")))
                .containsExactly("usr/lib/x");
    }

    @Test
    void read_truncatedArchive_fails() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReproducibleTarWriter.write(
                bytes, Instant.EPOCH, List.of(TarEntry.file("a", new byte[5000], 0644, 0, 0)));
        byte[] truncated = java.util.Arrays.copyOf(bytes.toByteArray(), 2000);
        assertThatThrownBy(() -> names(truncated)).isInstanceOf(IOException.class);
    }

    @Test
    void writeThenRead_roundTrips() {
        qt().withExamples(50)
                .forAll(entries())
                .checkAssert(
                        entries -> {
                            try {
                                roundTrips(entries);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
    }

    private static void roundTrips(List<TarEntry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReproducibleTarWriter.write(bytes, Instant.ofEpochSecond(1234), entries);
        List<TarEntry> read = new ArrayList<>();
        SafeTarReader.read(
                new ByteArrayInputStream(bytes.toByteArray()),
                (name, entry, content) -> {
                    TarEntry.Type type =
                            entry.isDirectory()
                                    ? TarEntry.Type.DIRECTORY
                                    : entry.isSymbolicLink()
                                            ? TarEntry.Type.SYMLINK
                                            : TarEntry.Type.FILE;
                    assertThat(entry.getModTime().toInstant())
                            .isEqualTo(Instant.ofEpochSecond(1234));
                    read.add(
                            new TarEntry(
                                    name,
                                    type,
                                    entry.getMode() & 07777,
                                    entry.getLongUserId(),
                                    entry.getLongGroupId(),
                                    content.readAllBytes(),
                                    type == TarEntry.Type.SYMLINK ? entry.getLinkName() : null));
                });
        List<TarEntry> expected = new ArrayList<>(entries);
        expected.sort(java.util.Comparator.comparing(TarEntry::name));
        assertThat(read).isEqualTo(expected);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        List<TarEntry> reversed = new ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        ReproducibleTarWriter.write(again, Instant.ofEpochSecond(1234), reversed);
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }

    /** Up to 8 entries with distinct names (a later entry with a taken name is dropped). */
    private static Gen<List<TarEntry>> entries() {
        Gen<String> names =
                lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12))
                        .ofSizeBetween(1, 12)
                        .map(parts -> String.join("/", parts));
        Gen<byte[]> contents =
                Generate.byteArrays(
                        integers().between(0, 3000),
                        Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        Gen<TarEntry> entry =
                names.zip(
                        integers().between(0, 2),
                        contents,
                        integers().between(0, 07777),
                        longs().between(0, 3_000_000),
                        (name, kind, content, mode, id) ->
                                switch (kind) {
                                    case 0 -> TarEntry.file(name, content, mode, id, id + 1);
                                    case 1 -> TarEntry.directory(name, mode, id, 0);
                                    default -> TarEntry.symlink(name, "/target/" + name);
                                });
        return lists().of(entry)
                .ofSizeBetween(0, 8)
                .map(
                        list -> {
                            Map<String, TarEntry> byName = new LinkedHashMap<>();
                            list.forEach(e -> byName.putIfAbsent(e.name(), e));
                            return List.copyOf(byName.values());
                        });
    }
}
