package org.dydisnix.image.pm.supervisord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dydisnix.image.TestProcesses;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.model.processes.ProcessesModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisordBackendTest {
    private static final ImageSettings SETTINGS =
            new ImageSettings("/var", "/var/run", false, true);

    @TempDir Path dir;

    private ProcessesModel model(String json) throws IOException {
        Path file = dir.resolve("processes.json");
        Files.writeString(file, json);
        return TestProcesses.read(file);
    }

    @Test
    void program_honoursDirectoryUmaskNiceAndEscapesPercentAndQuotes() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "app": { "pkg": { "foregroundProcess": "/usr/bin/app", "args": ["--rate", "50%", "a b"],
                    "directory": "/srv/app", "umask": "0027", "nice": 5, "user": "app",
                    "environment": { "GREETING": "say \\"hi\\" 100%" },
                    "credentials": { "users": { "app": {} } },
                    "overrides": { "supervisord": { "startsecs": 3, "autorestart": "true" } } } } }
                """);
        Accounts accounts = Accounts.merge(new BaseFileSystem(), model, false, w -> {});
        String conf =
                SupervisordBackend.program(
                        model.process("app"), 1, SETTINGS, accounts, new FileTree());
        assertThat(conf)
                .isEqualTo(
                        """
                [program:app]
                command=/usr/lib/dydisnix/tag-output app nice -n 5 /usr/bin/app --rate 50%% 'a b'
                priority=1
                environment=GREETING='say "hi" 100%%'
                autorestart=true
                directory=/srv/app
                startsecs=3
                stderr_logfile=/dev/stderr
                stderr_logfile_maxbytes=0
                stdout_logfile=/dev/stdout
                stdout_logfile_maxbytes=0
                umask=0027
                user=app
                """);
    }

    @Test
    void program_daemonOnly_runsThroughAStartScriptThatWaitsForThePidFile() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "d": { "pkg": { "daemon": "/usr/sbin/d", "args": ["-x"], "pidFile": "/run/d.pid",
                    "initialize": "mkdir -p /var/lib/d" } } }
                """);
        Accounts accounts = Accounts.merge(new BaseFileSystem(), model, false, w -> {});
        FileTree files = new FileTree();
        String conf = SupervisordBackend.program(model.process("d"), 1, SETTINGS, accounts, files);
        assertThat(conf)
                .contains("command=/usr/lib/dydisnix/tag-output d /usr/lib/dydisnix/run/d\n");
        String script =
                new String(
                        files.get("/usr/lib/dydisnix/run/d").content(),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script)
                .startsWith("#!/bin/bash -e\n")
                .contains("mkdir -p /var/lib/d\n")
                .contains("pidfile=/run/d.pid\n")
                .contains("\n/usr/sbin/d -x\n")
                .contains("while kill -0 \"$pid\"");
    }

    @Test
    void program_withInitialize_changesUserInTheScriptNotInTheConfig() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "w": { "pkg": { "process": "/usr/bin/w", "user": "w", "initialize": "touch /var/lib/w",
                    "directory": "/srv/w", "credentials": { "users": { "w": {} } } } } }
                """);
        Accounts accounts = Accounts.merge(new BaseFileSystem(), model, false, w -> {});
        FileTree files = new FileTree();
        String conf = SupervisordBackend.program(model.process("w"), 1, SETTINGS, accounts, files);
        assertThat(conf).doesNotContain("user=").doesNotContain("directory=");
        String script =
                new String(
                        files.get("/usr/lib/dydisnix/run/w").content(),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script)
                .contains("touch /var/lib/w\ncd /srv/w\n")
                .endsWith("exec setpriv --reuid=w --regid=w --init-groups /usr/bin/w\n");
    }
}
