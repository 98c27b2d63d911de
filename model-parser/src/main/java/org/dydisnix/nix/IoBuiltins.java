package org.dydisnix.nix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dydisnix.model.SourcePosition;

/**
 * Built-ins that read files and the environment, and those that would build or fetch (they fail
 * when forced).
 */
final class IoBuiltins {

    private IoBuiltins() {}

    static void register(Builtins b) {
        Session session = b.session();
        b.primOp1("import", (ev, v, at) -> session.importFile(path(ev, v, at), at));
        b.primOp1("pathExists", IoBuiltins::pathExists);
        b.primOp1(
                "readFile",
                (ev, v, at) -> {
                    String path = path(ev, v, at);
                    try {
                        return NixString.of(
                                new String(
                                        Files.readAllBytes(Paths.file(path, at)),
                                        StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw NixError.of(
                                NixError.Kind.IO,
                                at,
                                "opening file '" + path + "': No such file or directory");
                    }
                });
        b.primOp2(
                "hashFile",
                (ev, type, file, at) -> {
                    String path = path(ev, file, at);
                    try {
                        byte[] data = Files.readAllBytes(Paths.file(path, at));
                        return NixString.of(
                                java.util.HexFormat.of()
                                        .formatHex(
                                                Store.digest(
                                                        StringBuiltins.algorithm(
                                                                ev.forceString(type, at).text(),
                                                                at),
                                                        data)));
                    } catch (IOException e) {
                        throw NixError.of(
                                NixError.Kind.IO,
                                at,
                                "opening file '" + path + "': No such file or directory");
                    }
                });
        b.primOp2(
                "findFile",
                (ev, entries, name, at) -> {
                    List<Session.SearchEntry> searchPath = new ArrayList<>();
                    for (Thunk item : ev.forceList(entries, at).items()) {
                        NixAttrs entry = ev.forceAttrs(item.force(ev), at);
                        Attr path = entry.get("path");
                        if (path == null) {
                            throw NixError.of(
                                    NixError.Kind.MISSING_ATTRIBUTE,
                                    at,
                                    "attribute 'path' missing");
                        }
                        Attr prefix = entry.get("prefix");
                        searchPath.add(
                                new Session.SearchEntry(
                                        prefix == null
                                                ? ""
                                                : ev.forceString(ev.forceAttr(prefix, "prefix"), at)
                                                        .text(),
                                        Strings.coerce(
                                                        ev,
                                                        ev.forceAttr(path, "path"),
                                                        at,
                                                        false,
                                                        false)
                                                .text()));
                    }
                    return Session.findFile(searchPath, ev.forceString(name, at).text(), at);
                });
        b.primOp1("readDir", (ev, v, at) -> readDir(path(ev, v, at), at));
        b.primOp1(
                "getEnv",
                (ev, v, at) -> {
                    String value = System.getenv(ev.forceString(v, at).text());
                    return NixString.of(value == null ? "" : value);
                });
        b.primOp2(
                "toFile",
                (ev, name, content, at) -> {
                    String fileName = ev.forceString(name, at).text();
                    NixString text = ev.forceString(content, at);
                    String storePath =
                            session.store()
                                    .textPath(
                                            fileName,
                                            text.text(),
                                            List.copyOf(text.context().keySet()));
                    Map<String, String> context = new TreeMap<>(text.context());
                    context.put(storePath, text.text());
                    return new NixString(storePath, context);
                });
        b.primOp1(
                "placeholder",
                (ev, v, at) ->
                        NixString.of(
                                "/"
                                        + Store.base32(
                                                Store.sha256(
                                                        ("nix-output:"
                                                                        + ev.forceString(v, at)
                                                                                .text())
                                                                .getBytes(
                                                                        StandardCharsets.UTF_8)))));
        b.primOp1("derivationStrict", (ev, v, at) -> session.derivations().strict(ev, v, at));
        b.lazy(
                "derivation",
                () ->
                        session.eval(
                                session.parse(
                                        Derivations.DERIVATION_NIX,
                                        "<nix/derivation-internal.nix>",
                                        Path.of("/"))));
    }

    static NixError notBuildable(SourcePosition at, String what) {
        return NixError.of(NixError.Kind.NOT_BUILDABLE, at, what + ": " + Session.NOT_BUILDABLE);
    }

    private static boolean pathExists(Evaluator ev, Object value, SourcePosition at) {
        boolean directory =
                !(value instanceof NixPath)
                        && Strings.coerce(ev, value, at, false, false).text().matches(".*/\\.?$");
        Path file = Paths.file(path(ev, value, at), at);
        return directory ? Files.isDirectory(file) : Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    static String path(Evaluator ev, Object value, SourcePosition at) {
        if (value instanceof NixPath p) {
            return ev.session().store().source(p.path(), at);
        }
        if (value instanceof NixAttrs attrs && attrs.isDerivation(ev)) {
            throw notBuildable(at, "cannot import or read the output of a derivation");
        }
        String text = Strings.coerce(ev, value, at, false, false).text();
        if (!text.startsWith("/")) {
            throw NixError.of(
                    NixError.Kind.EVAL,
                    at,
                    "string '" + text + "' doesn't represent an absolute path");
        }
        return ev.session().store().source(Paths.canonical(text), at);
    }

    private static NixAttrs readDir(String path, SourcePosition at) {
        TreeMap<String, Attr> result = new TreeMap<>();
        try (Stream<Path> entries = Files.list(Paths.file(path, at))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String type =
                        Files.isSymbolicLink(entry)
                                ? "symlink"
                                : Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                                        ? "directory"
                                        : Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                                                ? "regular"
                                                : "unknown";
                result.put(
                        entry.getFileName().toString(),
                        new Attr(Thunk.of(NixString.of(type)), null));
            }
        } catch (IOException e) {
            throw NixError.of(
                    NixError.Kind.IO,
                    at,
                    "opening directory '" + path + "': No such file or directory");
        }
        return new NixAttrs(result, at);
    }
}
