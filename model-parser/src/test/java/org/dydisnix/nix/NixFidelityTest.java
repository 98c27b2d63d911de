package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour that needs real files: symlinks, store paths of sources and reads below them. */
class NixFidelityTest {
    private final NixEvaluator evaluator = new NixEvaluator(List.of(), "");

    @TempDir Path dir;

    private String json(String source) {
        return evaluator.toJson(evaluator.evaluateExpression(source, dir), true);
    }

    @Test
    void pathExistsSeesADanglingSymlinkButNotAFileWithATrailingSlash() throws IOException {
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        Files.writeString(dir.resolve("afile"), "x");
        assertThat(
                        json(
                                "[ (builtins.pathExists ./dangling) (builtins.pathExists (toString"
                                        + " ./afile + \"/\")) (builtins.pathExists ./afile) ]"))
                .isEqualTo("[true,false,true]");
    }

    @Test
    void longOperatorChainsAndDeepNestingEvaluate() {
        assertThat(json("1" + " + 1".repeat(5000))).isEqualTo("5001");
        assertThat(json("builtins.length ([1]" + " ++ [1]".repeat(5000) + ")")).isEqualTo("5001");
        assertThat(json("(".repeat(1000) + "1" + ")".repeat(1000))).isEqualTo("1");
        assertThat(json("[".repeat(1000) + "]".repeat(1000))).startsWith("[[[[").hasSize(2000);
        assertThat(json("{a=".repeat(1000) + "1" + ";}".repeat(1000))).startsWith("{\"a\":");
        assertThat(json("let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 20000"))
                .isEqualTo("20000");
    }

    @Test
    void realInfiniteRecursionIsOneClearLine() {
        NixError error = assertThrows(NixError.class, () -> json("let x = x + 1; in x"));
        assertThat(error.firstLine())
                .contains("infinite recursion encountered")
                .doesNotContain("\n");
        NixError overflow = assertThrows(NixError.class, () -> json("let f = x: f x; in f 1"));
        assertThat(overflow.firstLine()).contains("stack overflow").doesNotContain("\n");
    }

    @Test
    void readsBelowAStorePathAreServedFromTheSourceItWasCopiedFrom() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("f.nix"), "{ x = import ./g.nix; }");
        Files.writeString(lib.resolve("g.nix"), "42");
        String expression =
                "let p = \"${./lib}\"; in [ (import \"${p}/f.nix\").x"
                        + " (builtins.readFile (p + \"/g.nix\"))"
                        + " (builtins.attrNames (builtins.readDir p))"
                        + " (builtins.pathExists \"${p}/nope\")"
                        + " (builtins.substring 0 11 p) ]";
        assertThat(json(expression))
                .isEqualTo("[42,\"42\",[\"f.nix\",\"g.nix\"],false,\"/nix/store/\"]");
        NixError error =
                assertThrows(
                        NixError.class,
                        () ->
                                json(
                                        "builtins.readFile /nix/store/00000000000000000000000000000000-x"));
        assertThat(error.kind()).isEqualTo(NixError.Kind.NOT_BUILDABLE);
    }

    @Test
    void theStorePathOfASourceIsTheOneNixComputes() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("src"));
        Files.writeString(lib.resolve("a.txt"), "hello\n");
        Files.createDirectories(lib.resolve("sub"));
        Files.writeString(lib.resolve("sub/b"), "x");
        lib.resolve("sub/b").toFile().setExecutable(true);
        Files.createSymbolicLink(lib.resolve("link"), Path.of("a.txt"));
        String ours = json("\"${./src}\"");
        assertThat(ours).matches("\"/nix/store/[0-9a-z]{32}-src\"");
        String live = NixInstantiate.eval(dir, "\"${./src}\"");
        Assumptions.assumeTrue(
                live != null, "nix-instantiate is not on the PATH; compared only the form");
        assertThat(ours).isEqualTo(live);
    }

    @Test
    void addDrvOutputDependenciesTurnsAStoreDerivationIntoAllItsOutputs() {
        assertThat(
                        json(
                                "let a = derivation { name = \"a\"; builder = \"b\"; system ="
                                        + " \"c\"; }; in builtins.attrValues (builtins.getContext"
                                        + " (builtins.addDrvOutputDependencies"
                                        + " (builtins.unsafeDiscardOutputDependency a.drvPath)))"))
                .isEqualTo("[{\"allOutputs\":true}]");
    }

    @Test
    void builtinsOfCurrentNix() throws IOException {
        Files.createDirectories(dir.resolve("d"));
        Files.writeString(dir.resolve("scoped.nix"), "x + 1");
        assertThat(
                        json(
                                "[ (builtins.readFileType ./d) (builtins.readFileType ./scoped.nix)"
                                        + " (builtins.scopedImport { x = 41; } ./scoped.nix)"
                                        + " (builtins.warn \"careful\" 1) (builtins.break 2)"
                                        + " (builtins.convertHash { hash = \"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\";"
                                        + " toHashFormat = \"nix32\"; })"
                                        + " (builtins.convertHash { hash = \"1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s\";"
                                        + " hashAlgo = \"sha256\"; toHashFormat = \"base16\"; }) ]"))
                .isEqualTo(
                        "[\"directory\",\"regular\",42,1,2,"
                                + "\"0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73\","
                                + "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"]");
        NixError fetch = assertThrows(NixError.class, () -> json("builtins.fetchurl \"http://x\""));
        assertThat(fetch.firstLine()).contains("needs the network and a store").contains("--nix");
    }

    @Test
    void readsBelowAFilteredCopySeeOnlyWhatTheFilterKept() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("kept.nix"), "{ x = 1; }");
        Files.writeString(src.resolve("secret"), "s");
        Files.createDirectories(src.resolve("sub"));
        Files.writeString(src.resolve("sub/inner"), "i");
        String copy =
                "let p = builtins.path { path = ./src; filter = path: type:"
                        + " baseNameOf path != \"secret\" && baseNameOf path != \"sub\"; };"
                        + " f = builtins.filterSource (path: type: type != \"directory\") ./src; in ";
        assertThat(
                        json(
                                copy
                                        + "[ (builtins.attrNames (builtins.readDir p))"
                                        + " (builtins.pathExists \"${p}/secret\")"
                                        + " (builtins.pathExists \"${p}/sub/inner\")"
                                        + " (import \"${p}/kept.nix\").x"
                                        + " (builtins.attrNames (builtins.readDir f)) ]"))
                .isEqualTo("[[\"kept.nix\"],false,false,1,[\"kept.nix\",\"secret\"]]");
        NixError error =
                assertThrows(
                        NixError.class, () -> json(copy + "builtins.readFile \"${p}/secret\""));
        assertThat(error.getMessage()).endsWith("/secret': No such file or directory");
    }

    @Test
    void aFileWrittenByToFileCanBeReadAndImported() {
        assertThat(
                        json(
                                "let t = builtins.toFile \"m.nix\" \"{ a = 6 * 7; }\"; in"
                                        + " [ (import t).a (builtins.readFile t)"
                                        + " (builtins.readFileType t) (builtins.pathExists \"${t}/x\") ]"))
                .isEqualTo("[42,\"{ a = 6 * 7; }\",\"regular\",false]");
    }

    @Test
    void fileErrorsCarryTheOperatingSystemsText() throws IOException {
        Files.writeString(dir.resolve("plain"), "x");
        assertThat(assertThrows(NixError.class, () -> json("builtins.readFile ./.")).getMessage())
                .endsWith(": reading from file: Is a directory");
        assertThat(
                        assertThrows(NixError.class, () -> json("builtins.readDir ./plain"))
                                .getMessage())
                .endsWith("/plain': Not a directory");
        assertThat(
                        assertThrows(NixError.class, () -> json("builtins.readFile ./plain/x"))
                                .getMessage())
                .endsWith("/plain/x': Not a directory");
        assertThat(
                        assertThrows(NixError.class, () -> json("builtins.readFile ./nope"))
                                .getMessage())
                .endsWith("/nope': No such file or directory");
    }

    @Test
    void fetchGitOfACleanLocalRepositoryIsComputedAsNix28Does() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("a.txt"), "hi\n");
        Files.createDirectories(repo.resolve("d"));
        Files.writeString(repo.resolve("d/b"), "x\n");
        repo.resolve("d/b").toFile().setExecutable(true);
        Files.writeString(repo.resolve("untracked"), "junk\n");
        Assumptions.assumeTrue(
                git(repo, "init", "-q") && git(repo, "add", "a.txt", "d"),
                "git is not on the PATH");
        assertThat(git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "init"))
                .isTrue();
        // the values nix-instantiate 2.8 gives for this repository (with a local store)
        assertThat(json("removeAttrs (builtins.fetchGit ./repo) [ \"outPath\" ]"))
                .isEqualTo(
                        "{\"lastModified\":1577836800,\"lastModifiedDate\":\"20200101000000\","
                                + "\"narHash\":\"sha256-C1dK+1qnPDi0SS1qxK9ndriv7HRmjVhlXj06cYP3emY=\","
                                + "\"rev\":\"168d7caf1ed1fcae8087974611d04ded2b3bfb30\",\"revCount\":1,"
                                + "\"shortRev\":\"168d7ca\",\"submodules\":false}");
        assertThat(
                        json(
                                "let g = builtins.fetchGit { url = \"file://${toString ./repo}\"; }; in"
                                        + " [ g.outPath (builtins.pathExists \"${g}/untracked\")"
                                        + " (builtins.fetchTree \"git+file://${toString ./repo}\").rev ]"))
                .isEqualTo(
                        "[\"/nix/store/daf95zbvdgmggymih28wi16pmvcjg1yl-source\",false,"
                                + "\"168d7caf1ed1fcae8087974611d04ded2b3bfb30\"]");
        Files.writeString(repo.resolve("a.txt"), "changed\n");
        NixError dirty = assertThrows(NixError.class, () -> json("builtins.fetchGit ./repo"));
        assertThat(dirty.firstLine()).contains("needs the network and a store");
    }

    private static boolean git(Path repo, String... arguments) throws InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_AUTHOR_DATE", "2020-01-01T00:00:00Z");
        builder.environment().put("GIT_COMMITTER_DATE", "2020-01-01T00:00:00Z");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", repo.toString());
        try {
            return builder.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
