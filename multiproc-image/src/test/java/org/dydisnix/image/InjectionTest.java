package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dydisnix.model.processes.ProcessModelException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile model strings against every generated file type: each is refused with one model error or
 * encoded so that the file's own reader (supervisor's parser, bash, passwd field splitting) gives
 * back exactly the model's value and nothing more.
 */
class InjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    private Path base;

    @BeforeEach
    void base() throws IOException {
        base = TestImages.rootfs(dir.resolve("rootfs"));
    }

    private TestImages.Contents build(ProcessManager manager, Object model) throws Exception {
        Path file = dir.resolve("processes.json");
        Files.writeString(file, JSON.writeValueAsString(model));
        Path out = dir.resolve("image-" + manager + ".tar");
        MultiProcessImage.builder()
                .processes(TestProcesses.read(file))
                .processManager(manager)
                .name("injection")
                .base(base)
                .build()
                .writeTo(out);
        return TestImages.read(out);
    }

    private static Map<String, Object> app(Map<String, Object> pkg) {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("foregroundProcess", "/usr/bin/busybox");
        full.put("args", List.of("httpd", "-f"));
        full.putAll(pkg);
        return Map.of("app", Map.of("pkg", full));
    }

    private void assertRefused(Object model, String containing) {
        for (ProcessManager manager : ProcessManager.values()) {
            assertThatThrownBy(() -> build(manager, model))
                    .as(manager.toString())
                    .isInstanceOf(ProcessModelException.class)
                    .hasMessageContaining(containing)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertThat(dir.resolve("image-SUPERVISORD.tar")).doesNotExist();
    }

    @Test
    void environmentKeyWithASection_isRefused() {
        assertRefused(
                app(
                        Map.of(
                                "environment",
                                Map.of("X=1\n[program:evil]\ncommand=/bin/touch /pwned\nY", "1"))),
                "environment variable name 'X=1\\n[program:evil]");
    }

    @Test
    void supervisordOverrideKeyWithASection_isRefused() throws Exception {
        Object model =
                app(
                        Map.of(
                                "overrides",
                                Map.of(
                                        "supervisord",
                                        Map.of(
                                                "x\n[program:evil]\ncommand=touch /pwned\nauto",
                                                1))));
        assertThatThrownBy(() -> build(ProcessManager.SUPERVISORD, model))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("overrides.supervisord");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x]\ncommand=true\n[program:evil]\ncommand=touch pwned\n[program:y",
                "x\ntouch /pwned-sh\n#",
                "..",
                ".",
                "../../../etc/cron.d/x",
                "a/b",
                "",
                "a b",
                "-x"
            })
    void hostileProcessName_isRefused(String name) {
        assertRefused(app(Map.of("name", name)), "process name '");
    }

    @Test
    void hostileDependencyNameCannotExist_becauseEveryProcessNameIsChecked() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("a", Map.of("pkg", Map.of("process", "/usr/bin/busybox", "name", "a\n# x")));
        model.put(
                "b",
                Map.of("pkg", Map.of("process", "/usr/bin/busybox", "dependencies", List.of("a"))));
        assertRefused(model, "process name 'a\\n# x'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "homeDir=/home/u:/bin/sh\nevil:x:0:0::/root",
                "shell=/bin/sh\nevil2:x:0:0::/:/bin/sh",
                "password=pw:\nevil3::0:0",
                "group=g:0",
                "group=g\nevil4:x:0:"
            })
    void hostileAccountField_isRefused(String field) {
        String[] kv = field.split("=", 2);
        Object model =
                app(
                        Map.of(
                                "user",
                                "u",
                                "credentials",
                                Map.of("users", Map.of("u", Map.of(kv[0], kv[1])))));
        assertRefused(model, "credentials.users.u." + kv[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"u:0", "u\nevil:x:0:0::/:/bin/sh", "0day", "-u"})
    void hostileUserOrGroupName_isRefused(String name) {
        assertRefused(
                app(Map.of("credentials", Map.of("users", Map.of(name, Map.of())))),
                "credentials.users name");
        assertRefused(
                app(Map.of("credentials", Map.of("groups", Map.of(name, Map.of())))),
                "credentials.groups name");
    }

    @ParameterizedTest
    @EnumSource(ProcessManager.class)
    void accountFiles_haveOneRecordPerLineWithTheirFieldCounts(ProcessManager manager)
            throws Exception {
        Object model =
                app(
                        Map.of(
                                "user",
                                "u",
                                "credentials",
                                Map.of(
                                        "users",
                                        Map.of(
                                                "u",
                                                Map.of(
                                                        "description",
                                                        "A: user\nwith:colons",
                                                        "homeDir",
                                                        "/home/u",
                                                        "shell",
                                                        "/bin/sh",
                                                        "password",
                                                        "$6$salt$hash")))));
        TestImages.Contents contents = build(manager, model);
        Map<String, Integer> fields =
                Map.of("etc/passwd", 7, "etc/group", 4, "etc/shadow", 9, "etc/gshadow", 4);
        fields.forEach(
                (file, count) -> {
                    for (String line : contents.layer().get(file).split("\n")) {
                        assertThat(line.split(":", -1)).as(file + ": " + line).hasSize(count);
                    }
                });
        assertThat(contents.layer().get("etc/passwd"))
                .contains("u:x:1000:1000:A  user with colons:/home/u:/bin/sh\n");
        assertThat(contents.layer().get("etc/shadow")).contains("u:$6$salt$hash:");
        for (String line : contents.layer().get("etc/passwd").split("\n")) {
            String[] f = line.split(":", -1);
            if (f[2].equals("0")) {
                assertThat(f[0]).isEqualTo("root");
            }
        }
    }

    @Test
    void modelFileKeyThatIsNotANormalPath_isOneModelError() {
        Map<String, Object> model = new LinkedHashMap<>(app(Map.of()));
        model.put("files", Map.of("//etc/x", "x"));
        assertRefused(model, "'//etc/x' is not a normal absolute path");
    }

    @Test
    void fileModeOutOfRange_isOneModelError() {
        Map<String, Object> model = new LinkedHashMap<>(app(Map.of()));
        model.put(
                "files",
                Map.of("/etc/x", Map.of("path", "/etc/x", "content", "x", "mode", 999999999)));
        assertThatThrownBy(() -> build(ProcessManager.SUPERVISORD, model))
                .isInstanceOf(ProcessModelException.class)
                .hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @EnumSource(ProcessManager.class)
    void lsbDescriptionWithNewlines_staysInItsHeaderLine(ProcessManager manager) throws Exception {
        TestImages.Contents contents =
                build(manager, app(Map.of("description", "Web\ntouch /pwned-sh\n#")));
        if (manager == ProcessManager.SYSVINIT) {
            String script = contents.layer().get("etc/rc.d/init.d/app");
            String header = script.substring(0, script.indexOf("## END INIT INFO"));
            for (String line : header.split("\n")) {
                assertThat(line).startsWith("#");
            }
            assertThat(header).contains("# Description:   Web touch /pwned-sh #\n");
        }
    }

    /** Values supervisord mangles or the shell must quote, and the one from the issue. */
    private static final List<String> AWKWARD_VALUES =
            List.of(
                    "a ;b",
                    "say \"hi\"",
                    "C:\\dir",
                    "it's \"quoted\"",
                    "100% %(ENV_HOME)s",
                    "v\"\n[program:evil]\ncommand=touch /pwned\nautostart=true ;",
                    "'single'",
                    "tab\there",
                    "plain",
                    "");

    @Test
    void awkwardEnvironmentValues_reachSupervisordAndTheShellExactly() throws Exception {
        assumeTrue(supervisorParser(), "needs python3 with Debian's supervisor package");
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < AWKWARD_VALUES.size(); i++) {
            model.putAll(
                    Map.of(
                            "p" + i,
                            Map.of(
                                    "pkg",
                                    Map.of(
                                            "foregroundProcess",
                                            "/usr/bin/busybox",
                                            "environment",
                                            Map.of("V", AWKWARD_VALUES.get(i))))));
        }
        TestImages.Contents contents = build(ProcessManager.SUPERVISORD, model);
        JsonNode programs = parseSupervisord(contents);
        List<String> names = new ArrayList<>();
        programs.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(
                                        java.util.stream.IntStream.range(0, AWKWARD_VALUES.size())
                                                .mapToObj(i -> "p" + i),
                                        java.util.stream.Stream.of("dydisnix-failure"))
                                .toList());
        for (int i = 0; i < AWKWARD_VALUES.size(); i++) {
            String expected = AWKWARD_VALUES.get(i);
            JsonNode program = programs.path("p" + i);
            String script = contents.layer().get("usr/lib/dydisnix/run/p" + i);
            if (program.path("environment").has("V")) {
                assertThat(program.path("environment").path("V").asText())
                        .as("supervisord's value of %s", expected)
                        .isEqualTo(expected);
            } else {
                assertThat(script).as("run script for %s", expected).isNotNull();
                assertThat(exportedValue(script)).as("shell's value").isEqualTo(expected);
            }
        }
    }

    @Test
    void awkwardEnvironmentValues_reachTheSysvinitScriptExactly() throws Exception {
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < AWKWARD_VALUES.size(); i++) {
            environment.put("V", AWKWARD_VALUES.get(i));
            TestImages.Contents contents =
                    build(ProcessManager.SYSVINIT, app(Map.of("environment", environment)));
            assertThat(exportedValue(contents.layer().get("etc/rc.d/init.d/app")))
                    .isEqualTo(AWKWARD_VALUES.get(i));
        }
    }

    /** The value of V after bash runs the script's {@code export V=...} line(s). */
    private String exportedValue(String script) throws Exception {
        int start = script.indexOf("export V=");
        assertThat(start).as(script).isNotNegative();
        String rest = script.substring(start);
        StringBuilder statement = new StringBuilder();
        for (String line : rest.split("\n", -1)) {
            statement.append(line).append('\n');
            Process check =
                    new ProcessBuilder("bash", "-n", "-c", statement.toString())
                            .redirectErrorStream(true)
                            .start();
            check.getInputStream().readAllBytes();
            if (check.waitFor() == 0) {
                break;
            }
        }
        Process bash =
                new ProcessBuilder("bash", "-c", statement + "printf '%s' \"$V\"")
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** The Python that runs supervisord (its shebang), so that its parser can be imported. */
    private static String python() {
        Path supervisord = Path.of("/usr/bin/supervisord");
        try {
            if (Files.isRegularFile(supervisord)) {
                String first = Files.readAllLines(supervisord).get(0);
                if (first.startsWith("#!")) {
                    return first.substring(2).trim().split("\\s+")[0];
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the PATH's python3
        }
        return "python3";
    }

    private static boolean supervisorParser() {
        try {
            Process p =
                    new ProcessBuilder(python(), "-c", "import supervisor.options")
                            .redirectErrorStream(true)
                            .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private JsonNode parseSupervisord(TestImages.Contents contents) throws Exception {
        Path etc = dir.resolve("parsed/etc/supervisor");
        for (var e : contents.layer().entrySet()) {
            if (e.getKey().startsWith("etc/supervisor/")) {
                Path file = dir.resolve("parsed").resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
            }
        }
        Path script = dir.resolve("supervisor-parse.py");
        try (var in = InjectionTest.class.getResourceAsStream("/supervisor-parse.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process python =
                new ProcessBuilder(
                                python(),
                                script.toString(),
                                etc.resolve("supervisord.conf").toString())
                        .redirectError(dir.resolve("python.err").toFile())
                        .start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue())
                .as("supervisor's parser: %s", Files.readString(dir.resolve("python.err")))
                .isZero();
        return JSON.readTree(out);
    }
}
