package org.dydisnix.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dydisnix.cli.Dydisnix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the catalogue in a real headless browser (Debian's chromium) and lets a check page walk it:
 * every link resolves, every diagram is drawn, and clicking each node reaches its entry.
 */
class CatalogueInBrowserTest {
    private static final Path GROUPED = Path.of("../examples/grouped");

    @TempDir Path temp;

    @Test
    void theGroupedExampleCatalogueWorksInABrowser() throws Exception {
        Path browser = browser();
        Path out = temp.resolve("catalogue");
        generate(
                "-s",
                GROUPED.resolve("services.nix").toString(),
                "--docs",
                GROUPED.resolve("docs.nix").toString(),
                "--output-dir",
                out.toString());
        String result = check(browser, out);
        assertThat(result).doesNotContain("FAIL").contains("DONE pages=4 ");
        assertThat(count(result, "clicks")).isEqualTo(5 + 4 + 5 + 5);
        assertThat(count(result, "diagrams")).isEqualTo(4);
    }

    @Test
    void oddNamesStillGiveWorkingLinks() throws Exception {
        Path browser = browser();
        Path model = temp.resolve("odd.json");
        Files.writeString(
                model,
                """
                {
                  "a b": { "type": "x", "dependsOn": [ "x#y", "q<\\"'>" ] },
                  "x#y": { "group": "odd group/sub%1", "description": "<b>not bold</b>" },
                  "q<\\"'>": { "group": "odd group", "connectsTo": [ "x#y" ] },
                  "_5F": { "group": "odd group/sub%1" },
                  "?": { "group": "odd group/sub%1/deep?er", "dependsOn": [ "a b" ] }
                }
                """);
        Path out = temp.resolve("odd");
        generate("-s", model.toString(), "--output-dir", out.toString());
        String result = check(browser, out);
        assertThat(result).doesNotContain("FAIL").contains("DONE pages=4 ");
        assertThat(count(result, "clicks")).isPositive();
    }

    private static Path browser() {
        String path = System.getenv("PATH");
        for (String directory : path == null ? new String[0] : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        assumeTrue(
                false, "chromium is not on PATH (Debian package chromium); browser test skipped");
        return null;
    }

    private void generate(String... args) {
        StringWriter err = new StringWriter();
        var commandLine = Dydisnix.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        String[] full =
                Stream.concat(Stream.of("document-services", "--batch"), Stream.of(args))
                        .toArray(String[]::new);
        assertThat(commandLine.execute(full)).as(err.toString()).isZero();
    }

    /** Runs the check page over the catalogue in headless chromium and returns its report. */
    private String check(Path browser, Path catalogue) throws IOException, InterruptedException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(catalogue)) {
            pages =
                    walk.filter(p -> p.getFileName().toString().equals("index.html"))
                            .map(p -> catalogue.toUri().relativize(p.toUri()).toString())
                            .sorted()
                            .toList();
        }
        String harness;
        try (InputStream in = getClass().getResourceAsStream("check-catalogue.html")) {
            harness = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pagesJson =
                pages.stream()
                        .map(p -> "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                        .collect(Collectors.joining(", ", "[", "]"));
        harness =
                harness.replace("ROOT_URL", catalogue.toUri().toString())
                        .replace("PAGES_JSON", pagesJson);
        Path check = temp.resolve("check.html");
        Files.writeString(check, harness);
        Path profile = Files.createDirectories(temp.resolve("profile"));
        Process process =
                new ProcessBuilder(
                                browser.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--user-data-dir=" + profile,
                                "--allow-file-access-from-files",
                                "--virtual-time-budget=120000",
                                "--dump-dom",
                                check.toUri().toString())
                        .redirectError(temp.resolve("chromium.log").toFile())
                        .start();
        byte[] dom;
        try (InputStream in = process.getInputStream()) {
            dom = in.readAllBytes();
        } finally {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        String text = new String(dom, StandardCharsets.UTF_8);
        Matcher result =
                Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL).matcher(text);
        assertThat(result.find()).as("check page output: %s", text).isTrue();
        return result.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static int count(String result, String name) {
        Matcher matcher = Pattern.compile(name + "=(\\d+)").matcher(result);
        assertThat(matcher.find()).as(result).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
