package org.dydisnix.model.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesModelTest {
    private static final Path EXAMPLE = Path.of("../examples/multi-process/processes.json");

    @TempDir Path dir;

    private static ProcessesModel read(Path file) {
        return read(file, java.util.Map.of());
    }

    private static ProcessesModel read(Path file, java.util.Map<String, Object> arguments) {
        ModelReader reader =
                new ModelReader(new org.dydisnix.nix.NixModelSource(List.of()), "{}", false);
        return ProcessesModel.read(reader, file, arguments);
    }

    private ProcessesModel model(String json) throws IOException {
        Path file = dir.resolve("processes.json");
        Files.writeString(file, json);
        return read(file);
    }

    @Test
    void read_blogExample() {
        ProcessesModel model = read(EXAMPLE);
        assertThat(model.processes()).containsOnlyKeys("nginx", "webapp");
        ManagedProcess nginx = model.process("nginx");
        assertThat(nginx.dependencies()).containsExactly("webapp");
        assertThat(nginx.foregroundArgs())
                .containsExactly("-p", "/var/nginx", "-c", "/etc/nginx.conf", "-g", "daemon off;");
        assertThat(nginx.daemonArgs()).containsExactly("-p", "/var/nginx", "-c", "/etc/nginx.conf");
        assertThat(nginx.user()).isNull();
        assertThat(nginx.credentials().users().get("nginx").uid()).isEqualTo(2000L);
        ManagedProcess webapp = model.process("webapp");
        assertThat(webapp.environment()).containsEntry("PORT", "5000");
        assertThat(webapp.foregroundExecutable()).isEqualTo("/usr/local/bin/webapp");
        assertThat(webapp.overridesFor("sysvinit")).containsEntry("runlevels", List.of(3L, 4L, 5L));
        assertThat(model.depth("webapp")).isZero();
        assertThat(model.depth("nginx")).isEqualTo(1);
        assertThat(model.startOrder())
                .extracting(ManagedProcess::name)
                .containsExactly("webapp", "nginx");
        assertThat(model.files())
                .containsOnlyKeys(
                        "/etc/nginx.conf", "/srv/errorpage/index.html", "/usr/local/bin/webapp");
        assertThat(model.files().get("/usr/local/bin/webapp").mode()).isEqualTo(0755);
        assertThat(model.files().get("/etc/nginx.conf").mode()).isEqualTo(0644);
    }

    @Test
    void read_nixExample_embeddedEvaluator_sameModelAsJson() {
        ProcessesModel model =
                read(
                        Path.of("../examples/multi-process/processes.nix"),
                        java.util.Map.of(
                                "stateDir",
                                "/var",
                                "forceDisableUserChange",
                                false,
                                "processManager",
                                "sysvinit"));
        ProcessesModel reference = read(EXAMPLE);
        assertThat(model.processes().keySet()).isEqualTo(reference.processes().keySet());
        assertThat(model.process("nginx").dependencies()).containsExactly("webapp");
        assertThat(model.process("webapp").environment())
                .isEqualTo(reference.process("webapp").environment());
        assertThat(model.process("webapp").daemonArgs()).containsExactly("-D");
        String webapp = model.process("webapp").foregroundExecutable();
        assertThat(webapp).startsWith("/nix/store/").endsWith("-webapp");
        assertThat(model.files().get(webapp).mode()).isEqualTo(0755);
        assertThat(model.files().get(webapp).content())
                .contains("Simple test webapp listening on port: $PORT")
                .contains("${PORT:?PORT is not set}");
        String conf = model.process("nginx").args().get(3);
        assertThat(model.files().get(conf).content())
                .contains("server_name webapp.local;")
                .contains("user nginx nginx;")
                .contains("server 127.0.0.1:5000;");
        assertThat(model.files().get(conf).mode()).isEqualTo(0644);
        assertThat(model.startOrder())
                .extracting(ManagedProcess::name)
                .containsExactly("webapp", "nginx");
    }

    @Test
    void read_nixExample_forceDisableUserChange_dropsNginxUser() {
        ProcessesModel model =
                read(
                        Path.of("../examples/multi-process/processes.nix"),
                        java.util.Map.of(
                                "forceDisableUserChange", true, "processManager", "supervisord"));
        String conf = model.process("nginx").args().get(3);
        assertThat(model.files().get(conf).content()).doesNotContain("user nginx");
        assertThat(model.process("nginx").credentials().isEmpty()).isTrue();
    }

    @Test
    void from_nixExampleEvaluatedByNixInstantiate_hasTheSameShape() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/nix-instantiate")), "needs nix-instantiate");
        Path nix = Path.of("../examples/multi-process/processes.nix").toAbsolutePath().normalize();
        Path json = dir.resolve("evaluated.json");
        Process process =
                new ProcessBuilder(
                                "nix-instantiate",
                                "--store",
                                "dummy://",
                                "--eval",
                                "--strict",
                                "--json",
                                "-E",
                                "import " + nix + " { processManager = \"supervisord\"; }")
                        .redirectOutput(json.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                process.waitFor() == 0, "nix-instantiate failed");
        ProcessesModel model = read(json);
        ProcessesModel reference = read(EXAMPLE);
        assertThat(model.processes().keySet()).isEqualTo(reference.processes().keySet());
        assertThat(model.process("nginx").dependencies()).containsExactly("webapp");
        assertThat(model.process("nginx").foregroundArgs())
                .hasSize(6)
                .contains("-p", "/var/nginx", "-g", "daemon off;");
        assertThat(model.process("webapp").daemonArgs()).containsExactly("-D");
        assertThat(model.process("webapp").environment())
                .isEqualTo(reference.process("webapp").environment());
        assertThat(model.process("webapp").user()).isEqualTo("webapp");
        assertThat(model.process("webapp").overridesFor("sysvinit"))
                .containsEntry("runlevels", List.of(3L, 4L, 5L));
        assertThat(model.startOrder())
                .extracting(ManagedProcess::name)
                .containsExactly("webapp", "nginx");
    }

    @Test
    void from_cycle_namesTheCycleAndItsPosition() {
        assertThatThrownBy(
                        () ->
                                model(
                                        """
                {
                  "a": { "pkg": { "process": "/bin/a", "dependencies": ["b"] } },
                  "b": { "pkg": { "process": "/bin/b", "dependencies": ["c"] } },
                  "c": { "pkg": { "process": "/bin/c", "dependencies": ["a"] } }
                }
                """))
                .isInstanceOf(ProcessModelException.class)
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("processes.json:2:")
                .hasMessageContaining("dependency cycle: a -> b -> c -> a");
    }

    @Test
    void from_duplicateName_isRefused() {
        assertThatThrownBy(
                        () ->
                                model(
                                        """
                {
                  "a": { "pkg": { "name": "web", "process": "/bin/a" } },
                  "b": { "pkg": { "name": "web", "process": "/bin/b" } }
                }
                """))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("processes.json:3:")
                .hasMessageContaining("duplicate process name 'web'");
    }

    @Test
    void from_unknownDependency_isRefused() {
        assertThatThrownBy(
                        () ->
                                model(
                                        """
                { "a": { "pkg": { "process": "/bin/a", "dependencies": ["nope"] } } }
                """))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("process 'a' depends on unknown process 'nope'");
    }

    @Test
    void from_noExecutable_isRefused() {
        assertThatThrownBy(
                        () ->
                                model(
                                        """
                { "a": { "pkg": { "args": [] } } }
                """))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("neither 'process' nor 'foregroundProcess' nor 'daemon'");
    }

    @Test
    void from_conflictingFiles_areRefused() {
        assertThatThrownBy(
                        () ->
                                model(
                                        """
                { "files": { "/etc/x": "one" },
                  "a": { "pkg": { "process": "/bin/a", "args": [ { "path": "/etc/x", "content": "two" } ] } } }
                """))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("file '/etc/x' is given twice");
    }

    @Test
    void from_dependencyByInstanceKey_resolvesToName() throws IOException {
        ProcessesModel model =
                model(
                        """
                { "db": { "pkg": { "name": "postgresql", "process": "/bin/pg" } },
                  "app": { "pkg": { "process": "/bin/app", "dependencies": ["db"] } } }
                """);
        assertThat(model.process("app").dependencies()).containsExactly("postgresql");
        assertThat(model.process("app").description()).isEqualTo("app");
    }
}
