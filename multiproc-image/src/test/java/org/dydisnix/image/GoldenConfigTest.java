package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated process-manager files of the blog example against reviewed copies in {@code
 * src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to rewrite them after an
 * intended change (and review the diff).
 */
class GoldenConfigTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir Path dir;

    private Map<String, String> layer(ProcessManager manager, FailurePolicy policy)
            throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs-" + manager + policy));
        BuiltImage image =
                MultiProcessImage.builder()
                        .processes(TestProcesses.read(TestImages.EXAMPLE))
                        .processManager(manager)
                        .name("multiprocess")
                        .tag("test")
                        .base(base)
                        .onFailure(policy)
                        .build()
                        .writeTo(dir.resolve(manager + "-" + policy + ".tar"));
        return TestImages.read(image.file()).layer();
    }

    private static void check(Map<String, String> layer, String path, String golden)
            throws IOException {
        Path file = GOLDEN.resolve(golden);
        String actual = layer.get(path);
        assertThat(actual).as(path).isNotNull();
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertThat(actual).as(path + " against " + file).isEqualTo(Files.readString(file));
    }

    @Test
    void supervisord_blogExample() throws Exception {
        Map<String, String> layer = layer(ProcessManager.SUPERVISORD, FailurePolicy.EXIT);
        check(layer, "etc/supervisor/supervisord.conf", "supervisord/supervisord.conf");
        check(layer, "etc/supervisor/conf.d/webapp.conf", "supervisord/webapp.conf");
        check(layer, "etc/supervisor/conf.d/nginx.conf", "supervisord/nginx.conf");
        check(layer, "usr/lib/dydisnix/run/nginx", "supervisord/run-nginx");
    }

    @Test
    void supervisord_ignoreFailures_recordsButKeepsRunningAndHasNoEntrypoint() throws Exception {
        Map<String, String> layer = layer(ProcessManager.SUPERVISORD, FailurePolicy.IGNORE);
        assertThat(layer.get("etc/supervisor/supervisord.conf")).contains("eventlistener");
        assertThat(layer.get("usr/lib/dydisnix/supervisord-failure-listener"))
                .contains("exit_on_failure=0");
        assertThat(layer).doesNotContainKey("usr/lib/dydisnix/init");
    }

    @Test
    void s6_blogExample_serviceDirectoriesInStartOrder() throws Exception {
        Map<String, String> layer = layer(ProcessManager.S6_RC, FailurePolicy.EXIT);
        check(layer, "etc/s6/start-order", "s6/start-order");
        check(layer, "etc/s6/sv/webapp/run", "s6/webapp-run");
        check(layer, "etc/s6/sv/nginx/run", "s6/nginx-run");
        check(layer, "etc/s6/sv/nginx/finish", "s6/nginx-finish");
        check(layer, "usr/lib/dydisnix/s6-init", "s6/s6-init");
        assertThat(layer.get("etc/s6/sv/nginx/down")).isEmpty();
        assertThat(
                        layer(ProcessManager.S6_RC, FailurePolicy.IGNORE)
                                .get("usr/lib/dydisnix/s6-finish"))
                .contains("exit_on_failure=0");
    }

    @Test
    void sysvinit_blogExample() throws Exception {
        Map<String, String> layer = layer(ProcessManager.SYSVINIT, FailurePolicy.EXIT);
        check(layer, "etc/rc.d/init.d/webapp", "sysvinit/webapp");
        check(layer, "etc/rc.d/init.d/nginx", "sysvinit/nginx");
        check(layer, "usr/lib/dydisnix/sysvinit-proxy", "sysvinit/sysvinit-proxy");
        assertThat(
                        layer(ProcessManager.SYSVINIT, FailurePolicy.IGNORE)
                                .get("usr/lib/dydisnix/sysvinit-proxy"))
                .contains("exit_on_failure=0");
    }

    @Test
    void sysvinit_blogExample_linksInDependencyOrder() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        BuiltImage image =
                MultiProcessImage.builder()
                        .processes(TestProcesses.read(TestImages.EXAMPLE))
                        .processManager(ProcessManager.SYSVINIT)
                        .name("multiprocess")
                        .tag("test")
                        .base(base)
                        .build()
                        .writeTo(dir.resolve("sysvinit.tar"));
        Map<String, String> links = TestImages.read(image.file()).links();
        for (String level : List.of("3", "4", "5")) {
            assertThat(links)
                    .containsEntry("etc/rc.d/rc" + level + ".d/S00webapp", "../init.d/webapp")
                    .containsEntry("etc/rc.d/rc" + level + ".d/S01nginx", "../init.d/nginx");
        }
        for (String level : List.of("0", "1", "2", "6")) {
            assertThat(links)
                    .containsEntry("etc/rc.d/rc" + level + ".d/K99webapp", "../init.d/webapp")
                    .containsEntry("etc/rc.d/rc" + level + ".d/K98nginx", "../init.d/nginx");
        }
        assertThat(TestImages.read(image.file()).config().path("config").path("Cmd").toString())
                .isEqualTo("[\"/usr/lib/dydisnix/sysvinit-proxy\"]");
    }
}
