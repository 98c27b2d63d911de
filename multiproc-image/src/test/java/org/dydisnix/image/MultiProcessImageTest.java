package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.processes.ProcessModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiProcessImageTest {
    @TempDir Path dir;

    private MultiProcessImage.Builder builder(Path base) {
        return MultiProcessImage.builder()
                .processes(TestProcesses.read(TestImages.EXAMPLE))
                .processManager(ProcessManager.SUPERVISORD)
                .name("multiprocess")
                .tag("test")
                .base(base);
    }

    private Path processesFile(String json) throws IOException {
        Path file = dir.resolve("processes.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void writeTo_supervisord_imageHasConfigAccountsAndStateDirectories() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        BuiltImage image = builder(base).build().writeTo(dir.resolve("image.tar"));
        TestImages.Contents contents = TestImages.read(image.file());

        assertThat(image.warnings()).isEmpty();
        assertThat(
                        contents.index()
                                .path("manifests")
                                .get(0)
                                .path("annotations")
                                .path("org.opencontainers.image.ref.name")
                                .asText())
                .isEqualTo("multiprocess:test");
        assertThat(contents.dockerManifest().get(0).path("RepoTags").get(0).asText())
                .isEqualTo("multiprocess:test");
        assertThat(contents.config().path("created").asText()).isEqualTo("1970-01-01T00:00:01Z");
        assertThat(contents.config().path("history"))
                .allSatisfy(h -> assertThat(h.has("created")).isTrue());
        assertThat(contents.config().path("rootfs").path("diff_ids")).hasSize(2);
        assertThat(contents.config().path("config").path("Cmd").toString())
                .isEqualTo(
                        "[\"supervisord\",\"--nodaemon\",\"--configuration\",\"/etc/supervisor/supervisord.conf\","
                                + "\"--logfile\",\"/var/log/supervisord.log\",\"--pidfile\",\"/var/run/supervisord.pid\"]");
        assertThat(contents.config().path("config").path("Healthcheck").path("Test").toString())
                .isEqualTo("[\"CMD\",\"/usr/lib/dydisnix/healthcheck\"]");

        assertThat(contents.layer().get("etc/passwd"))
                .isEqualTo(
                        "root:x:0:0:root:/root:/bin/bash\n"
                                + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
                                + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
                                + "nginx:x:2000:2000:Nginx user:/dev/null:\n"
                                + "webapp:x:2001:2001:Webapp:/dev/null:\n");
        assertThat(contents.layer().get("etc/group")).endsWith("nginx:x:2000:\nwebapp:x:2001:\n");
        assertThat(contents.layer().get("etc/shadow")).endsWith("webapp:!:::::::\n");
        assertThat(contents.layer().get("etc/gshadow")).endsWith("webapp:!::\n");
        assertThat(contents.modes())
                .containsEntry("usr/local/bin/webapp", 0755)
                .containsEntry("etc/nginx.conf", 0644)
                .containsEntry("var/tmp", 0777);
        assertThat(contents.links()).containsEntry("var/tmp", "/tmp");
        assertThat(contents.modes())
                .containsKeys("var/cache", "var/spool", "var/lock", "var/lib", "root/.bashrc")
                .doesNotContainKeys("var/run", "tmp", "var/log", "bin", "run");
        assertThat(contents.layer().get("root/.bashrc"))
                .contains("alias ls='ls --color=auto'")
                .contains("PS1=");
    }

    @Test
    void writeTo_sameInputsWithOtherMtimes_isByteIdentical() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        Path model = dir.resolve("processes.json");
        Files.copy(TestImages.EXAMPLE, model);
        BuiltImage first =
                builder(base)
                        .processes(TestProcesses.read(model))
                        .build()
                        .writeTo(dir.resolve("first.tar"));
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2031-02-03T04:05:06Z")));
            }
        }
        Files.setLastModifiedTime(model, FileTime.from(Instant.parse("2029-01-01T00:00:00Z")));
        BuiltImage second =
                builder(base)
                        .processes(TestProcesses.read(model))
                        .build()
                        .writeTo(dir.resolve("second.tar"));
        assertThat(second.manifestDigest()).isEqualTo(first.manifestDigest());
        assertThat(Files.mismatch(first.file(), second.file())).isEqualTo(-1L);
    }

    @Test
    void writeTo_sourceDateEpoch_setsCreatedAndFileTimes() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        BuiltImage image =
                builder(base)
                        .creationTime(Instant.parse("2024-05-06T07:08:09Z"))
                        .build()
                        .writeTo(dir.resolve("image.tar"));
        assertThat(TestImages.read(image.file()).config().path("created").asText())
                .isEqualTo("2024-05-06T07:08:09Z");
    }

    @Test
    void writeTo_ociImageAsBase_reusesItsLayersAsTheyAre() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        BuiltImage first = builder(base).build().writeTo(dir.resolve("first.tar"));
        BuiltImage second =
                builder(first.file())
                        .processManager(ProcessManager.SYSVINIT)
                        .build()
                        .writeTo(dir.resolve("second.tar"));
        TestImages.Contents one = TestImages.read(first.file());
        TestImages.Contents two = TestImages.read(second.file());
        assertThat(two.manifest().path("layers")).hasSize(3);
        assertThat(two.manifest().path("layers").get(0))
                .isEqualTo(one.manifest().path("layers").get(0));
        assertThat(two.manifest().path("layers").get(1))
                .isEqualTo(one.manifest().path("layers").get(1));
        // accounts already in the base are kept, not added twice
        assertThat(two.layer().get("etc/passwd").split("webapp:", -1)).hasSize(2);
    }

    @Test
    void writeTo_tamperedLayerBlob_isRefusedAndNothingIsWritten() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        BuiltImage image = builder(base).build().writeTo(dir.resolve("image.tar"));
        Path layout = dir.resolve("layout");
        extract(image.file(), layout);
        String layer =
                TestImages.read(image.file())
                        .manifest()
                        .path("layers")
                        .get(0)
                        .path("digest")
                        .asText();
        Path blob = layout.resolve("blobs/sha256/" + layer.substring(7));
        try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0x55);
        }
        Path out = dir.resolve("out.tar");
        Files.writeString(out, "previous");
        assertThatThrownBy(() -> builder(layout).build().writeTo(out))
                .isInstanceOf(InvalidBaseImageException.class)
                .hasMessageContaining(layer);
        assertThat(Files.readString(out)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void writeTo_truncatedBase_isRefused() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        BuiltImage image = builder(base).build().writeTo(dir.resolve("image.tar"));
        byte[] bytes = Files.readAllBytes(image.file());
        Path truncated = dir.resolve("truncated.tar");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> builder(truncated).build().writeTo(dir.resolve("out.tar")))
                .isInstanceOf(InvalidBaseImageException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void writeTo_tarSlipInBase_isRefused() throws Exception {
        Path base = dir.resolve("evil.tar");
        try (var out =
                new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                        Files.newOutputStream(base))) {
            var entry =
                    new org.apache.commons.compress.archivers.tar.TarArchiveEntry(
                            "etc/cron.d",
                            org.apache.commons.compress.archivers.tar.TarConstants.LF_SYMLINK,
                            true);
            entry.setLinkName("../../../../etc/cron.d");
            out.putArchiveEntry(entry);
            out.closeArchiveEntry();
        }
        assertThatThrownBy(() -> builder(base).build().writeTo(dir.resolve("out.tar")))
                .isInstanceOf(InvalidBaseImageException.class)
                .hasMessageContaining("escapes the root");
    }

    @Test
    void writeTo_unknownUser_isAModelError() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        Path model =
                processesFile(
                        """
                { "app": { "pkg": { "process": "/usr/bin/bash", "user": "ghost" } } }
                """);
        assertThatThrownBy(
                        () ->
                                builder(base)
                                        .processes(TestProcesses.read(model))
                                        .build()
                                        .writeTo(dir.resolve("out.tar")))
                .isInstanceOf(ProcessModelException.class)
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("processes.json:1:")
                .hasMessageContaining("process 'app' runs as unknown user 'ghost'");
    }

    @Test
    void writeTo_forceDisableUserChange_noAccountsAndNoUserLines() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        BuiltImage image =
                builder(base)
                        .forceDisableUserChange(true)
                        .build()
                        .writeTo(dir.resolve("image.tar"));
        TestImages.Contents contents = TestImages.read(image.file());
        assertThat(contents.layer().get("etc/passwd")).doesNotContain("webapp");
        assertThat(contents.layer().get("etc/supervisor/conf.d/webapp.conf"))
                .doesNotContain("user=");
    }

    @Test
    void writeTo_missingExecutable_warnsWithItsName() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        Path model =
                processesFile(
                        """
                { "app": { "pkg": { "process": "/opt/app/bin/server" } },
                  "tool": { "pkg": { "process": "frobnicate" } },
                  "shell": { "pkg": { "process": "bash" } } }
                """);
        List<String> seen = new ArrayList<>();
        BuiltImage image =
                builder(base)
                        .processes(TestProcesses.read(model))
                        .warnings(seen::add)
                        .build()
                        .writeTo(dir.resolve("image.tar"));
        assertThat(image.warnings())
                .containsExactly(
                        "process 'app': executable '/opt/app/bin/server' is not in the base image",
                        "process 'tool': executable 'frobnicate' is not in the base image");
        assertThat(seen).isEqualTo(image.warnings());
    }

    @Test
    void writeTo_chosenIds_areDeterministicAndFree() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        Path model =
                processesFile(
                        """
                { "b": { "pkg": { "process": "bash", "user": "bob",
                         "credentials": { "users": { "bob": {} } } } },
                  "a": { "pkg": { "process": "bash", "user": "alice",
                         "credentials": { "groups": { "staff2": { "gid": 1000 } },
                                          "users": { "alice": { "group": "staff2", "uid": 1000 } } } } } }
                """);
        BuiltImage image =
                builder(base)
                        .processes(TestProcesses.read(model))
                        .build()
                        .writeTo(dir.resolve("i.tar"));
        TestImages.Contents contents = TestImages.read(image.file());
        assertThat(contents.layer().get("etc/passwd"))
                .contains("alice:x:1000:1000::/dev/null:\n")
                .contains("bob:x:1001:1001::/dev/null:\n");
        assertThat(contents.layer().get("etc/group"))
                .contains("staff2:x:1000:\n")
                .contains("bob:x:1001:\n");
    }

    @Test
    void build_invalidNameOrTag_isRefused() {
        assertThatThrownBy(() -> builder(dir).name("Not Valid").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder(dir).tag("-x").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiProcessImage.builder().build())
                .isInstanceOf(IllegalStateException.class);
    }

    private static void extract(Path tar, Path into) throws IOException {
        try (var in = Files.newInputStream(tar)) {
            org.dydisnix.image.tar.SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        Path target = into.resolve(name);
                        if (entry.isDirectory()) {
                            Files.createDirectories(target);
                        } else if (entry.isFile()) {
                            Files.createDirectories(target.getParent());
                            Files.copy(content, target);
                        }
                    });
        }
    }
}
