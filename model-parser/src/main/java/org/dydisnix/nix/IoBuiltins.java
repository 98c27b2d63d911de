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
enum IoBuiltins implements BuiltinCode {
    IMPORT("import", 1),
    PATH_EXISTS("pathExists", 1),
    READ_FILE("readFile", 1),
    HASH_FILE("hashFile", 2),
    FIND_FILE("findFile", 2),
    READ_DIR("readDir", 1),
    GET_ENV("getEnv", 1),
    TO_FILE("toFile", 2),
    PLACEHOLDER("placeholder", 1),
    DERIVATION_STRICT("derivationStrict", 1);

    private final PrimOp primOp;

    IoBuiltins(String name, int arity) {
        this(name, arity, false);
    }

    IoBuiltins(String name, int arity, boolean lazy) {
        primOp = PrimOp.of(name, arity, lazy, this);
    }

    @Override
    public PrimOp primOp() {
        return primOp;
    }

    @Override
    public Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at) {
        return switch (this) {
            case IMPORT -> importFile(ev, first, at);
            case PATH_EXISTS -> pathExists(ev, first, at);
            case READ_FILE -> readFile(ev, first, at);
            case HASH_FILE -> hashFile(ev, first, second, at);
            case FIND_FILE -> findFile(ev, first, second, at);
            case READ_DIR -> readDir(ev, first, at);
            case GET_ENV -> getEnv(ev, first, at);
            case TO_FILE -> toFile(ev, first, second, at);
            case PLACEHOLDER -> placeholder(ev, first, at);
            case DERIVATION_STRICT -> derivationStrict(ev, first, at);
        };
    }

    private static Object importFile(Evaluator ev, Object v, SourcePosition at) {
        Session session = ev.session();
        return session.importFile(Paths.file(path(ev, v, at), at), at);
    }

    private static Object readFile(Evaluator ev, Object v, SourcePosition at) {
        Session session = ev.session();
        return NixString.of(
                new String(session.files().read(path(ev, v, at), at), StandardCharsets.UTF_8));
    }

    private static Object hashFile(Evaluator ev, Object type, Object file, SourcePosition at) {
        Session session = ev.session();
        String algorithm = StringBuiltins.algorithm(ev.forceString(type, at).text(), at);
        byte[] data = session.files().read(path(ev, file, at), at);
        return NixString.of(java.util.HexFormat.of().formatHex(Store.digest(algorithm, data)));
    }

    private static Object findFile(Evaluator ev, Object entries, Object name, SourcePosition at) {
        List<Session.SearchEntry> searchPath = new ArrayList<>();
        for (Thunk item : ev.forceList(entries, at).items()) {
            NixAttrs entry = ev.forceAttrs(item.force(ev), at);
            Attr path = entry.get("path");
            if (path == null) {
                throw NixError.of(NixError.Kind.MISSING_ATTRIBUTE, at, "attribute 'path' missing");
            }
            Attr prefix = entry.get("prefix");
            searchPath.add(
                    new Session.SearchEntry(
                            prefix == null
                                    ? ""
                                    : ev.forceString(ev.forceAttr(prefix, "prefix"), at).text(),
                            Strings.coerce(ev, ev.forceAttr(path, "path"), at, false, false)
                                    .text()));
        }
        return Session.findFile(searchPath, ev.forceString(name, at).text(), at);
    }

    private static Object readDir(Evaluator ev, Object v, SourcePosition at) {
        Session session = ev.session();
        TreeMap<String, Attr> result = new TreeMap<>();
        for (Map.Entry<String, String> entry :
                session.files().list(path(ev, v, at), at).entrySet()) {
            result.put(entry.getKey(), new Attr(Thunk.of(NixString.of(entry.getValue())), null));
        }
        return new NixAttrs(result, at);
    }

    private static Object getEnv(Evaluator ev, Object v, SourcePosition at) {
        String value = System.getenv(ev.forceString(v, at).text());
        return NixString.of(value == null ? "" : value);
    }

    private static Object toFile(Evaluator ev, Object name, Object content, SourcePosition at) {
        Session session = ev.session();
        String fileName = ev.forceString(name, at).text();
        NixString text = ev.forceString(content, at);
        String storePath =
                session.store()
                        .textPath(fileName, text.text(), List.copyOf(text.context().keySet()));
        session.store().addText(storePath, text.text().getBytes(StandardCharsets.UTF_8));
        Map<String, String> context = new TreeMap<>(text.context());
        context.put(storePath, text.text());
        return new NixString(storePath, context);
    }

    private static Object placeholder(Evaluator ev, Object v, SourcePosition at) {
        return NixString.of(
                "/"
                        + Store.base32(
                                Store.sha256(
                                        ("nix-output:" + ev.forceString(v, at).text())
                                                .getBytes(StandardCharsets.UTF_8))));
    }

    private static Object derivationStrict(Evaluator ev, Object v, SourcePosition at) {
        Session session = ev.session();
        return session.derivations().strict(ev, v, at);
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
