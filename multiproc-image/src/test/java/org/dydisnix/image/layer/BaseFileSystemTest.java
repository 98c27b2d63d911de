package org.dydisnix.image.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;

class BaseFileSystemTest {
    private final BaseFileSystem fs = new BaseFileSystem();

    private void dir(String name) throws IOException {
        fs.apply(
                name,
                new TarArchiveEntry(name + "/", TarConstants.LF_DIR, true),
                InputStreamOf.empty());
    }

    private void file(String name, String content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_NORMAL, true);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        entry.setSize(bytes.length);
        fs.apply(name, entry, new ByteArrayInputStream(bytes));
    }

    private void link(String name, String target) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
        entry.setLinkName(target);
        fs.apply(name, entry, InputStreamOf.empty());
    }

    @Test
    void resolve_followsDirectoryLinks_relativeAndAbsolute() throws IOException {
        dir("usr");
        dir("usr/bin");
        file("usr/bin/bash", "");
        link("bin", "usr/bin");
        dir("run");
        dir("var");
        link("var/run", "../run");
        link("usr/bin/sh", "/bin/bash");
        assertThat(fs.resolve("/bin/bash")).isEqualTo("usr/bin/bash");
        assertThat(fs.resolve("/bin/sh")).isEqualTo("usr/bin/bash");
        assertThat(fs.resolveParent("/var/run/supervisor.sock")).isEqualTo("run/supervisor.sock");
        assertThat(fs.resolveParent("/bin/new")).isEqualTo("usr/bin/new");
        assertThat(fs.resolveParent("/opt/x/y")).isEqualTo("opt/x/y");
        assertThat(fs.exists("/bin/missing")).isFalse();
        assertThat(fs.isDirectory("/var/run")).isTrue();
    }

    @Test
    void resolve_linkLoops_endWithoutAnswer() throws IOException {
        link("a", "b");
        link("b", "a");
        link("c", "c/d");
        assertThat(fs.resolve("/a/x")).isNull();
        assertThat(fs.resolve("/c")).isNull();
        assertThat(fs.exists("/a")).isFalse();
    }

    @Test
    void apply_whiteouts_removeLowerLayerFiles() throws IOException {
        dir("etc");
        file("etc/passwd", "root:x:0:0::/root:/bin/sh\n");
        dir("opt");
        file("opt/a", "");
        file("opt/b", "");
        fs.apply(
                "etc/.wh.passwd",
                new TarArchiveEntry("etc/.wh.passwd", TarConstants.LF_NORMAL, true),
                InputStreamOf.empty());
        fs.apply(
                "opt/.wh..wh..opq",
                new TarArchiveEntry("opt/.wh..wh..opq", TarConstants.LF_NORMAL, true),
                InputStreamOf.empty());
        assertThat(fs.exists("/etc/passwd")).isFalse();
        assertThat(fs.text("etc/passwd")).isNull();
        assertThat(fs.exists("/opt/a")).isFalse();
        assertThat(fs.isDirectory("/opt")).isTrue();
    }

    @Test
    void text_keepsTheLastLayersAccountFiles() throws IOException {
        dir("etc");
        file("etc/group", "root:x:0:\n");
        file("etc/group", "root:x:0:\nstaff:x:50:\n");
        file("etc/motd", "hello");
        assertThat(fs.text("/etc/group")).isEqualTo("root:x:0:\nstaff:x:50:\n");
        assertThat(fs.text("/etc/motd")).isNull();
    }

    private static final class InputStreamOf {
        static ByteArrayInputStream empty() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
