package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/**
 * Built-ins that read files and the environment, and those that would build or fetch (they fail
 * when forced).
 */
final class IoBuiltins {

    private IoBuiltins() {}

    /** The names of the built-ins {@link #create} makes. */
    static final String[] NAMES = {
        "import",
        "pathExists",
        "readFile",
        "hashFile",
        "findFile",
        "readDir",
        "getEnv",
        "toFile",
        "placeholder",
        "derivationStrict"
    };

    /** The built-in function {@code builtin} of this group, made when first used. */
    static PrimOp create(Builtins b, String builtin) {
        Session session = b.session();
        return switch (builtin) {
            case "import" ->
                    b.primOp1(
                            "import",
                            (ev, v, at) -> session.importFile(Paths.file(path(ev, v, at), at), at));
            case "pathExists" -> b.primOp1("pathExists", IoBuiltins::pathExists);
            case "readFile" ->
                    b.primOp1(
                            "readFile",
                            (ev, v, at) ->
                                    NixString.of(
                                            new String(
                                                    session.files().read(path(ev, v, at), at),
                                                    StandardCharsets.UTF_8)));
            case "hashFile" ->
                    b.primOp2(
                            "hashFile",
                            (ev, type, file, at) -> {
                                String algorithm =
                                        StringBuiltins.algorithm(
                                                ev.forceString(type, at).text(), at);
                                byte[] data = session.files().read(path(ev, file, at), at);
                                return NixString.of(
                                        java.util.HexFormat.of()
                                                .formatHex(Store.digest(algorithm, data)));
                            });
            case "findFile" ->
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
                                                            : ev.forceString(
                                                                            ev.forceAttr(
                                                                                    prefix,
                                                                                    "prefix"),
                                                                            at)
                                                                    .text(),
                                                    Strings.coerce(
                                                                    ev,
                                                                    ev.forceAttr(path, "path"),
                                                                    at,
                                                                    false,
                                                                    false)
                                                            .text()));
                                }
                                return Session.findFile(
                                        searchPath, ev.forceString(name, at).text(), at);
                            });
            case "readDir" ->
                    b.primOp1(
                            "readDir",
                            (ev, v, at) -> {
                                TreeMap<String, Attr> result = new TreeMap<>();
                                session.files()
                                        .list(path(ev, v, at), at)
                                        .forEach(
                                                (name, type) ->
                                                        result.put(
                                                                name,
                                                                new Attr(
                                                                        Thunk.of(
                                                                                NixString.of(type)),
                                                                        null)));
                                return new NixAttrs(result, at);
                            });
            case "getEnv" ->
                    b.primOp1(
                            "getEnv",
                            (ev, v, at) -> {
                                String value = System.getenv(ev.forceString(v, at).text());
                                return NixString.of(value == null ? "" : value);
                            });
            case "toFile" ->
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
                                session.store()
                                        .addText(
                                                storePath,
                                                text.text().getBytes(StandardCharsets.UTF_8));
                                Map<String, String> context = new TreeMap<>(text.context());
                                context.put(storePath, text.text());
                                return new NixString(storePath, context);
                            });
            case "placeholder" ->
                    b.primOp1(
                            "placeholder",
                            (ev, v, at) ->
                                    NixString.of(
                                            "/"
                                                    + Store.base32(
                                                            Store.sha256(
                                                                    ("nix-output:"
                                                                                    + ev.forceString(
                                                                                                    v,
                                                                                                    at)
                                                                                            .text())
                                                                            .getBytes(
                                                                                    StandardCharsets
                                                                                            .UTF_8)))));
            case "derivationStrict" ->
                    b.primOp1(
                            "derivationStrict",
                            (ev, v, at) -> session.derivations().strict(ev, v, at));
            default -> throw new IllegalArgumentException(builtin);
        };
    }

    static NixError notBuildable(SourcePosition at, String what) {
        return NixError.of(NixError.Kind.NOT_BUILDABLE, at, what + ": " + Session.NOT_BUILDABLE);
    }

    private static boolean pathExists(Evaluator ev, Object value, SourcePosition at) {
        boolean directory =
                !(value instanceof NixPath)
                        && namesDirectory(Strings.coerce(ev, value, at, false, false).text());
        StoreFiles files = ev.session().files();
        String path = path(ev, value, at);
        return directory ? files.isDirectory(path, at) : files.exists(path, at);
    }

    /** Whether a path string names a directory: one line ending in {@code /} or {@code /.}. */
    static boolean namesDirectory(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return path.endsWith("/") || path.endsWith("/.");
    }

    /** The absolute, canonical path a value names (a path, or a string starting with '/'). */
    static String path(Evaluator ev, Object value, SourcePosition at) {
        if (value instanceof NixPath p) {
            return p.path();
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
        return Paths.canonical(text);
    }
}
