package org.dydisnix.image.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class TarScannerTest {

    /** An archive with long names, a long link target, a hard link, a PAX header and padding. */
    private static byte[] archive(int longFileMode, boolean globalPax) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(longFileMode);
            if (globalPax) {
                TarArchiveEntry global =
                        new TarArchiveEntry(
                                "pax_global_header", TarArchiveEntry.LF_PAX_GLOBAL_EXTENDED_HEADER);
                global.addPaxHeader("comment", "test");
                tar.putArchiveEntry(global);
            }
            tar.putArchiveEntry(new TarArchiveEntry("etc/", TarArchiveEntry.LF_DIR));
            tar.closeArchiveEntry();
            String longName = "usr/share/" + "a-long-directory/".repeat(10) + "file";
            for (String name : List.of("etc/passwd", longName, "etc/odd")) {
                byte[] content =
                        (name + "\n").repeat(name.length()).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(content.length);
                entry.setMode(0100640);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
            TarArchiveEntry link = new TarArchiveEntry("etc/link", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("../" + longName);
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            TarArchiveEntry hard = new TarArchiveEntry("etc/hard", TarArchiveEntry.LF_LINK);
            hard.setLinkName("etc/passwd");
            tar.putArchiveEntry(hard);
            tar.closeArchiveEntry();
        }
        byte[] archive = bytes.toByteArray();
        byte[] trailing = Arrays.copyOf(archive, archive.length + 4096);
        return trailing;
    }

    private static List<String> visits(byte[] archive, boolean scanner) throws IOException {
        List<String> visits = new ArrayList<>();
        SafeTarReader.Visitor visitor =
                (name, entry, content) -> {
                    String text =
                            name.equals("etc/passwd")
                                    ? new String(content.readAllBytes(), StandardCharsets.UTF_8)
                                    : "";
                    visits.add(
                            String.join(
                                    " ",
                                    name,
                                    String.valueOf(entry.isDirectory()),
                                    String.valueOf(entry.isSymbolicLink()),
                                    String.valueOf(entry.isLink()),
                                    String.valueOf(entry.getSize()),
                                    Integer.toOctalString(entry.getMode()),
                                    String.valueOf(entry.getLinkName()),
                                    text));
                };
        if (scanner) {
            TarScanner.read(new ByteArrayInputStream(archive), visitor);
        } else {
            SafeTarReader.read(new ByteArrayInputStream(archive), visitor);
        }
        return visits;
    }

    @Test
    void read_visitsWhatSafeTarReaderVisits() throws IOException {
        for (int mode :
                new int[] {
                    TarArchiveOutputStream.LONGFILE_GNU, TarArchiveOutputStream.LONGFILE_POSIX
                }) {
            for (boolean global : new boolean[] {false, true}) {
                byte[] archive = archive(mode, global);
                List<String> expected = visits(archive, false);
                assertThat(expected).hasSize(6);
                assertThat(visits(archive, true)).isEqualTo(expected);
            }
        }
    }

    @Test
    void read_refusesWhatSafeTarReaderRefuses() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry link = new TarArchiveEntry("etc/escape", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("../../../etc/shadow");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        assertThatThrownBy(() -> visits(bytes.toByteArray(), true))
                .isInstanceOf(UnsafeEntryException.class);
    }

    @Test
    void read_truncatedOrCorruptArchive_fails() throws IOException {
        byte[] archive = archive(TarArchiveOutputStream.LONGFILE_POSIX, false);
        byte[] truncated = Arrays.copyOf(archive, 1200);
        assertThatThrownBy(() -> visits(truncated, true)).isInstanceOf(IOException.class);
        byte[] corrupt = archive.clone();
        corrupt[10] ^= 1;
        assertThatThrownBy(() -> visits(corrupt, true))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void read_paxSparseEntry_isLeftToSafeTarReader() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            byte[] record = "22 GNU.sparse.size=10\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry pax =
                    new TarArchiveEntry(
                            "PaxHeaders/sparse", TarArchiveEntry.LF_PAX_EXTENDED_HEADER_LC);
            pax.setSize(record.length);
            tar.putArchiveEntry(pax);
            tar.write(record);
            tar.closeArchiveEntry();
            tar.putArchiveEntry(new TarArchiveEntry("sparse"));
            tar.closeArchiveEntry();
        }
        assertThatThrownBy(() -> visits(bytes.toByteArray(), true))
                .isInstanceOf(TarScanner.Unsupported.class);
    }
}
