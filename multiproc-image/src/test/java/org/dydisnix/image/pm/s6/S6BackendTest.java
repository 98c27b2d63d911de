package org.dydisnix.image.pm.s6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dydisnix.image.TestProcesses;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.image.pm.Generated;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.model.processes.ProcessModelException;
import org.dydisnix.model.processes.ProcessesModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S6BackendTest {
    private static final ImageSettings SETTINGS =
            new ImageSettings("/var", "/var/run", false, true);

    @TempDir Path dir;

    private ProcessesModel model(String json) throws IOException {
        Path file = dir.resolve("processes.json");
        Files.writeString(file, json);
        return TestProcesses.read(file);
    }

    private FileTree generate(ProcessesModel model, ImageSettings settings) {
        FileTree files = new FileTree();
        Accounts accounts = Accounts.merge(new BaseFileSystem(), model, false, w -> {});
        Generated generated = new S6Backend().generate(model, settings, accounts, files);
        assertThat(generated.cmd()).containsExactly(S6Backend.INIT);
        assertThat(generated.healthcheck()).containsExactly("/usr/lib/dydisnix/healthcheck");
        return files;
    }

    private static String text(FileTree files, String path) {
        assertThat(files.contains(path)).as(path).isTrue();
        return new String(files.get(path).content(), StandardCharsets.UTF_8);
    }

    @Test
    void serviceDirectories_startOrder_andRunScripts() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "web": { "pkg": { "foregroundProcess": "/usr/sbin/web", "args": ["-c", "a b"],
                    "dependencies": ["app"], "initialize": "mkdir -p /var/web", "umask": "022",
                    "environment": { "MSG": "it's \\"x\\"\\n[evil]" } } },
                  "app": { "pkg": { "daemon": "/usr/bin/appd", "daemonExtraArgs": ["-D"], "user": "app", "nice": 3,
                    "credentials": { "users": { "app": {} } } } },
                  "setup": { "pkg": { "oneshot": true, "foregroundProcess": "/bin/true" } } }
                """);
        FileTree files = generate(model, SETTINGS);
        String order = text(files, S6Backend.ORDER);
        assertThat(order.lines().toList())
                .containsExactlyInAnyOrder("app daemon", "web longrun", "setup oneshot");
        assertThat(order.indexOf("app daemon")).isLessThan(order.indexOf("web longrun"));

        String web = text(files, "/etc/s6/sv/web/run");
        assertThat(web)
                .startsWith("#!/bin/bash -e\n")
                .contains("export MSG='it'\\''s \"x\"\n[evil]'\n")
                .contains("mkdir -p /var/web\n")
                .contains("umask 022\n")
                .endsWith("exec /usr/lib/dydisnix/tag-output web /usr/sbin/web -c 'a b'\n");
        assertThat(text(files, "/etc/s6/sv/web/finish"))
                .isEqualTo("#!/bin/bash\nexec /usr/lib/dydisnix/s6-finish web longrun \"$@\"\n");
        assertThat(text(files, "/etc/s6/sv/web/down")).isEmpty();
        assertThat(text(files, "/etc/s6/sv/web/timeout-kill")).isEqualTo("10000\n");
        assertThat(files.contains("/etc/s6/sv/web/notification-fd")).isFalse();

        assertThat(text(files, "/etc/s6/sv/app/run"))
                .endsWith(
                        "exec /usr/lib/dydisnix/tag-output app /usr/lib/dydisnix/s6-daemon /tmp/app.pid"
                                + " setpriv --reuid=app --regid=app --init-groups nice -n 3 /usr/bin/appd -D\n");
        assertThat(text(files, "/etc/s6/sv/app/notification-fd")).isEqualTo("3\n");
        assertThat(text(files, "/etc/s6/sv/setup/finish")).contains("setup oneshot");

        assertThat(text(files, S6Backend.INIT))
                .contains("scandir=/var/run/service\n")
                .contains("exec s6-svscan \"$scandir\"\n");
        assertThat(text(files, "/etc/s6/sv/.s6-svscan/SIGTERM")).contains("s6-stop");
        assertThat(text(files, "/etc/s6/sv/.s6-svscan/SIGINT")).contains("s6-stop");
        assertThat(text(files, "/usr/lib/dydisnix/s6-finish")).contains("exit_on_failure=1\n");
        assertThat(text(files, "/etc/s6/sv/.s6-svscan/finish")).contains("exit_on_failure=1\n");
    }

    @Test
    void ignorePolicy_andOddDirectories_areWrittenQuoted() throws IOException {
        ProcessesModel model =
                model("{ \"app\": { \"pkg\": { \"foregroundProcess\": \"/bin/app\" } } }");
        FileTree files =
                generate(model, new ImageSettings("/srv/st ate", "/srv/st ate/r'un", false, false));
        assertThat(text(files, "/usr/lib/dydisnix/s6-finish")).contains("exit_on_failure=0\n");
        assertThat(text(files, "/etc/s6/sv/.s6-svscan/finish")).contains("exit_on_failure=0\n");
        assertThat(text(files, S6Backend.INIT))
                .contains("scandir='/srv/st ate/r'\\''un/service'\n");
    }

    @Test
    void overrides_becomeControlFiles() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "app": { "pkg": { "foregroundProcess": "/bin/app",
                    "overrides": { "s6-rc": { "timeoutKill": 2500, "timeoutFinish": 3000, "downSignal": "SIGHUP" } } } } }
                """);
        FileTree files = generate(model, SETTINGS);
        assertThat(text(files, "/etc/s6/sv/app/timeout-kill")).isEqualTo("2500\n");
        assertThat(text(files, "/etc/s6/sv/app/timeout-finish")).isEqualTo("3000\n");
        assertThat(text(files, "/etc/s6/sv/app/down-signal")).isEqualTo("SIGHUP\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"timeoutKill\": \"5\\nevil\"",
                "\"timeoutKill\": -1",
                "\"timeoutKill\": 1.5",
                "\"downSignal\": \"TERM\\nrun\"",
                "\"downSignal\": \"KILL\"",
                "\"run\": \"touch /pwned\""
            })
    void overrides_outsideTheirGrammar_areModelErrors(String override) throws IOException {
        ProcessesModel model =
                model(
                        "{ \"app\": { \"pkg\": { \"foregroundProcess\": \"/bin/app\", \"overrides\": { \"s6-rc\": { "
                                + override
                                + " } } } } }");
        assertThatThrownBy(() -> generate(model, SETTINGS))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("overrides.s6-rc of process 'app'")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\ntouch /pwned\n#", "../../etc/cron.d/x", "..", "a/b", ".s6-svscan"})
    void hostileProcessNames_areRefused(String name) throws IOException {
        String json =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(
                                java.util.Map.of(
                                        "app",
                                        java.util.Map.of(
                                                "pkg",
                                                java.util.Map.of(
                                                        "name",
                                                        name,
                                                        "foregroundProcess",
                                                        "/bin/app"))));
        ProcessesModel model = model(json);
        assertThatThrownBy(() -> generate(model, SETTINGS))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("is not allowed");
    }

    @Test
    void hostileEnvironmentName_isRefused() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "app": { "pkg": { "foregroundProcess": "/bin/app",
                    "environment": { "X=1\\ntouch /pwned\\nY": "v" } } } }
                """);
        assertThatThrownBy(() -> generate(model, SETTINGS))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("is not a variable name");
    }
}
