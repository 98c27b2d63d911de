package org.dydisnix.nix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.dydisnix.model.SourcePosition;

/**
 * {@code builtins.fetchGit} of a local repository whose work tree is clean, computed offline as Nix
 * does: the tracked files of {@code HEAD} as a {@code source} store path, with {@code rev}, {@code
 * shortRev}, {@code revCount}, {@code lastModified} and {@code narHash}. Anything else (a remote
 * URL, another revision, uncommitted changes) returns null: it needs the network or a store.
 */
final class GitFetcher {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private GitFetcher() {}

    /** The value of {@code fetchGit argument}, or null when it cannot be computed offline. */
    static NixAttrs fetch(Evaluator ev, Object argument, SourcePosition at) {
        String location;
        String name = "source";
        String wantedRev = null;
        if (argument instanceof NixAttrs attrs) {
            Attr url = attrs.get("url");
            if (url == null) {
                return null;
            }
            location = Strings.coerce(ev, ev.forceAttr(url, "url"), at, true, false).text();
            for (String key : attrs.attrs().keySet()) {
                if (!List.of("url", "name", "rev", "submodules").contains(key)) {
                    return null;
                }
            }
            Attr nameAttr = attrs.get("name");
            if (nameAttr != null) {
                name = ev.forceString(ev.forceAttr(nameAttr, "name"), at).text();
            }
            Attr rev = attrs.get("rev");
            if (rev != null) {
                wantedRev = ev.forceString(ev.forceAttr(rev, "rev"), at).text();
            }
            Attr submodules = attrs.get("submodules");
            if (submodules != null && ev.forceBool(ev.forceAttr(submodules, "submodules"), at)) {
                return null;
            }
        } else {
            location = Strings.coerce(ev, argument, at, true, false).text();
        }
        if (location.startsWith("file://")) {
            location = location.substring("file://".length());
        }
        if (!location.startsWith("/")) {
            return null;
        }
        Path repo = Path.of(ev.session().store().source(Paths.canonical(location), at));
        if (!Files.isDirectory(repo.resolve(".git"))) {
            return null;
        }
        String rev = git(repo, "rev-parse", "HEAD");
        if (rev == null
                || wantedRev != null && !wantedRev.equals(rev)
                || git(repo, "diff-index", "--quiet", "HEAD", "--") == null) {
            return null;
        }
        String count = git(repo, "rev-list", "--count", "HEAD");
        String time = git(repo, "log", "-1", "--format=%ct", "HEAD");
        String files = git(repo, "ls-files", "-z");
        if (count == null || time == null || files == null) {
            return null;
        }
        Set<String> kept = new HashSet<>();
        for (String file : files.split("\0")) {
            if (file.isEmpty()) {
                continue;
            }
            String path = repo + "/" + file;
            while (kept.add(path) && path.lastIndexOf('/') > repo.toString().length()) {
                path = path.substring(0, path.lastIndexOf('/'));
            }
        }
        Store store = ev.session().store();
        String outPath =
                store.addPath(repo.toString(), name, (path, type) -> kept.contains(path), true, at);
        long lastModified = Long.parseLong(time.strip());
        Map<String, Object> result = new TreeMap<>();
        result.put("outPath", new NixString(outPath, Map.of(outPath, NixString.NO_FILE)));
        result.put("rev", NixString.of(rev));
        result.put("shortRev", NixString.of(rev.substring(0, 7)));
        result.put("revCount", Long.parseLong(count.strip()));
        result.put("lastModified", lastModified);
        result.put(
                "lastModifiedDate", NixString.of(DATE.format(Instant.ofEpochSecond(lastModified))));
        result.put(
                "narHash",
                NixString.of(
                        "sha256-" + Base64.getEncoder().encodeToString(store.narHash(outPath))));
        result.put("submodules", false);
        return NixAttrs.of(result);
    }

    /**
     * The value of {@code fetchTree} of a git input ({@code { type = "git"; url; ... }} or a {@code
     * git+file} flake reference), or null when it cannot be computed offline.
     */
    static NixAttrs fetchTree(Evaluator ev, Object argument, SourcePosition at) {
        Map<String, Object> input = new TreeMap<>();
        if (argument instanceof NixAttrs attrs) {
            attrs.attrs().forEach((key, attr) -> input.put(key, attr.value()));
        } else if (argument instanceof NixString text) {
            FlakeRefs.parse(text.text(), at).forEach(input::put);
        } else {
            return null;
        }
        Object type = input.remove("type");
        if (type instanceof Thunk thunk) {
            type = thunk.force(ev);
        }
        if (!(type instanceof NixString s) || !s.text().equals("git")) {
            return null;
        }
        return fetch(ev, NixAttrs.of(input), at);
    }

    /** The output of a git command in the repository (stripped of one final newline), or null. */
    private static String git(Path repo, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .redirectInput(
                                    ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                            .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return null;
            }
            String text = new String(out, StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
