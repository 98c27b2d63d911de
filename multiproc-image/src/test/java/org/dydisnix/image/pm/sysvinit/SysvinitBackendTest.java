package org.dydisnix.image.pm.sysvinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dydisnix.image.TestProcesses;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.model.processes.ProcessModelException;
import org.dydisnix.model.processes.ProcessesModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysvinitBackendTest {
    @TempDir Path dir;

    private ProcessesModel model(String json) throws IOException {
        Path file = dir.resolve("processes.json");
        Files.writeString(file, json);
        return TestProcesses.read(file);
    }

    @Test
    void script_foregroundProcess_isDaemonizedInItsDirectoryAsItsUser() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "app": { "pkg": { "foregroundProcess": "/usr/bin/app", "foregroundProcessExtraArgs": ["-f"],
                    "directory": "/srv/app", "umask": "022", "user": "app",
                    "credentials": { "users": { "app": {} } },
                    "overrides": { "sysvinit": { "runlevels": [2, 3] } } } } }
                """);
        ImageSettings settings = new ImageSettings("/var", "/var/run", false, true);
        Accounts accounts = Accounts.merge(new BaseFileSystem(), model, false, w -> {});
        String script = SysvinitBackend.script(model.process("app"), settings, accounts);
        assertThat(script)
                .contains("# Default-Start: 2 3\n# Default-Stop:  0 1 4 5 6\n")
                .contains("PIDFILE=/tmp/app.pid\n")
                .contains("umask 022\n")
                .contains(
                        "    cd /srv/app || exit 1\n    start_foreground \"$NAME\" \"$PIDFILE\" "
                                + "/usr/lib/dydisnix/tag-output app setpriv --reuid=app --regid=app --init-groups /usr/bin/app -f\n");
        ImageSettings noUsers = new ImageSettings("/srv/state", "/srv/state/run", true, true);
        assertThat(SysvinitBackend.script(model.process("app"), noUsers, accounts))
                .doesNotContain("setpriv")
                .contains("PIDFILE=/srv/state/tmp/app.pid\n");
    }

    @Test
    void script_badEnvironmentName_isAModelError() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "app": { "pkg": { "process": "/usr/bin/app", "environment": { "A-B": "1" } } } }
                """);
        ImageSettings settings = new ImageSettings("/var", "/var/run", false, true);
        Accounts accounts = Accounts.merge(new BaseFileSystem(), model, false, w -> {});
        assertThatThrownBy(() -> SysvinitBackend.script(model.process("app"), settings, accounts))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("'A-B'");
    }

    @Test
    void runlevels_invalid_isAModelError() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "app": { "pkg": { "process": "/usr/bin/app", "overrides": { "sysvinit": { "runlevels": [9] } } } } }
                """);
        assertThatThrownBy(() -> SysvinitBackend.runlevels(model.process("app")))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("runlevel '9'");
    }
}
