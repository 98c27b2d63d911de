package org.dydisnix.image.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;
import org.junit.jupiter.api.Test;

/** Headers written directly are the bytes commons-compress writes for the same plain entry. */
class TarHeaderTest {

    private static byte[] ours(
            String name,
            byte type,
            int mode,
            long uid,
            long gid,
            long size,
            long mtime,
            String link) {
        byte[] record = new byte[512];
        record[0] = 'x';
        TarHeader.write(record, name, type, mode, uid, gid, size, mtime, link);
        return record;
    }

    private static byte[] theirs(
            String name,
            byte type,
            int mode,
            long uid,
            long gid,
            long size,
            long mtime,
            String link)
            throws Exception {
        TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
        entry.setMode(mode);
        entry.setUserId(uid);
        entry.setGroupId(gid);
        entry.setUserName("");
        entry.setGroupName("");
        entry.setSize(size);
        entry.setLastModifiedTime(FileTime.from(Instant.ofEpochSecond(mtime)));
        if (link != null) {
            entry.setLinkName(link);
        }
        byte[] record = new byte[512];
        entry.writeEntryHeader(record, ZipEncodingHelper.getZipEncoding("UTF-8"), false);
        return record;
    }

    @Test
    void plainFilesDirectoriesAndLinks_sameBytesAsCommonsCompress() {
        qt().withExamples(500)
                .forAll(
                        strings().ascii().ofLengthBetween(1, 99),
                        integers().between(0, 3 * 010000 - 1),
                        longs().between(0, TarHeader.MAX_OCTAL_7),
                        longs().between(0, TarHeader.MAX_OCTAL_11))
                .checkAssert(
                        (name, kindAndPermissions, id, size) -> {
                            int kind = kindAndPermissions / 010000;
                            int permissions = kindAndPermissions % 010000;
                            long mtime = TarHeader.MAX_OCTAL_11 - size / 3;
                            String clean = name.replace('\0', 'a');
                            byte type =
                                    new byte[] {
                                                TarConstants.LF_NORMAL,
                                                TarConstants.LF_DIR,
                                                TarConstants.LF_SYMLINK
                                            }
                                            [kind];
                            int mode = new int[] {0100000, 040000, 0120000}[kind] | permissions;
                            String link =
                                    kind == 2 ? new StringBuilder(clean).reverse() + "" : null;
                            long bytes = kind == 0 ? size : 0;
                            assertThat(TarHeader.plain(clean, link, bytes, id, id / 3, mtime))
                                    .isTrue();
                            try {
                                assertThat(ours(clean, type, mode, id, id / 3, bytes, mtime, link))
                                        .isEqualTo(
                                                theirs(
                                                        clean, type, mode, id, id / 3, bytes, mtime,
                                                        link));
                            } catch (Exception e) {
                                throw new AssertionError(e);
                            }
                        });
    }

    @Test
    void longNonAsciiOrLargeFields_areNotPlain() {
        assertThat(TarHeader.plain("a".repeat(100), null, 0, 0, 0, 0)).isFalse();
        assertThat(TarHeader.plain("caf\u00e9", null, 0, 0, 0, 0)).isFalse();
        assertThat(TarHeader.plain("link", "t".repeat(100), 0, 0, 0, 0)).isFalse();
        assertThat(TarHeader.plain("big", null, TarHeader.MAX_OCTAL_11 + 1, 0, 0, 0)).isFalse();
        assertThat(TarHeader.plain("uid", null, 0, TarHeader.MAX_OCTAL_7 + 1, 0, 0)).isFalse();
        assertThat(TarHeader.plain("a".repeat(99), null, 0, 0, 0, 0)).isTrue();
    }
}
