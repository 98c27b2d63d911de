package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/**
 * Built-ins of current Nix versions beyond 2.8 and those that copy sources to the store: {@code
 * readFileType}, {@code warn}, {@code break}, {@code convertHash}, {@code scopedImport}, {@code
 * path}, {@code filterSource}, {@code storePath}, {@code currentTime}; the fetchers fail with one
 * clear line.
 */
enum ModernBuiltins implements BuiltinCode {
    READ_FILE_TYPE("readFileType", 1),
    WARN("warn", 2),
    BREAK("break", 1),
    CONVERT_HASH("convertHash", 1),
    SCOPED_IMPORT("scopedImport", 2),
    PATH("path", 1),
    FILTER_SOURCE("filterSource", 2),
    STORE_PATH("storePath", 1),
    FROM_TOML("fromTOML", 1),
    FETCHURL("fetchurl", 1),
    FETCH_TARBALL("fetchTarball", 1),
    FETCH_GIT("fetchGit", 1),
    FETCH_MERCURIAL("fetchMercurial", 1),
    FETCH_TREE("fetchTree", 1);

    private final PrimOp primOp;

    ModernBuiltins(String name, int arity) {
        this(name, arity, false);
    }

    ModernBuiltins(String name, int arity, boolean lazy) {
        primOp = PrimOp.of(name, arity, lazy, this);
    }

    @Override
    public PrimOp primOp() {
        return primOp;
    }

    @Override
    public Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at) {
        return switch (this) {
            case READ_FILE_TYPE -> readFileType(ev, first, at);
            case WARN -> warn(ev, first, second, at);
            case BREAK -> breakpoint(ev, first, at);
            case CONVERT_HASH -> convertHash(ev, first, at);
            case SCOPED_IMPORT -> scopedImport(ev, first, second, at);
            case PATH -> path(ev, first, at);
            case FILTER_SOURCE -> filterSource(ev, first, second, at);
            case STORE_PATH -> storePath(ev, first, at);
            case FROM_TOML -> fromTOML(ev, first, at);
            case FETCHURL -> fetch(ev, first, at, "fetchurl");
            case FETCH_TARBALL -> fetch(ev, first, at, "fetchTarball");
            case FETCH_GIT -> fetch(ev, first, at, "fetchGit");
            case FETCH_MERCURIAL -> fetch(ev, first, at, "fetchMercurial");
            case FETCH_TREE -> fetch(ev, first, at, "fetchTree");
        };
    }

    private static Object readFileType(Evaluator ev, Object v, SourcePosition at) {
        Session session = ev.session();
        String path = IoBuiltins.path(ev, v, at);
        String type = session.files().type(path, at);
        if (type == null) {
            throw NixError.of(
                    NixError.Kind.IO,
                    at,
                    "getting status of '" + path + "': No such file or directory");
        }
        return NixString.of(type);
    }

    private static Object warn(Evaluator ev, Object message, Object value, SourcePosition at) {
        Session session = ev.session();
        System.err.println("evaluation warning: " + ev.forceString(message, at).text());
        if (session.abortOnWarn()) {
            throw NixError.of(
                    NixError.Kind.EVAL,
                    at,
                    "aborting to reveal stack trace of warning, as abort-on-warn is set");
        }
        return value;
    }

    private static Object breakpoint(Evaluator ev, Object v, SourcePosition at) {
        return v;
    }

    private static Object scopedImport(Evaluator ev, Object scope, Object file, SourcePosition at) {
        Session session = ev.session();
        NixAttrs attrs = ev.forceAttrs(scope, at);
        String path = session.store().source(IoBuiltins.path(ev, file, at), at);
        Path source = Paths.file(path, at);
        if (Files.isDirectory(source)) {
            source = source.resolve("default.nix");
        }
        Map<String, Thunk> vars = new HashMap<>();
        for (Map.Entry<String, Attr> entry : attrs.attrs().entrySet()) {
            vars.put(entry.getKey(), entry.getValue().value());
        }
        Env env = Env.of(session.builtins().baseEnv(), vars);
        return ev.eval(session.parseFile(source, at, env), env);
    }

    private static Object path(Evaluator ev, Object v, SourcePosition at) {
        Session session = ev.session();
        NixAttrs args = ev.forceAttrs(v, at);
        Attr pathAttr = args.get("path");
        if (pathAttr == null) {
            throw NixError.of(NixError.Kind.MISSING_ATTRIBUTE, at, "'path' required");
        }
        String path = pathString(ev, ev.forceAttr(pathAttr, "path"), at);
        Attr name = args.get("name");
        Attr filter = args.get("filter");
        Attr recursive = args.get("recursive");
        Attr sha256 = args.get("sha256");
        String result =
                session.store()
                        .addPath(
                                path,
                                name == null
                                        ? Paths.baseName(path)
                                        : ev.forceString(ev.forceAttr(name, "name"), at).text(),
                                filter == null
                                        ? null
                                        : filter(ev, ev.forceAttr(filter, "filter"), at),
                                recursive == null
                                        || ev.forceBool(ev.forceAttr(recursive, "recursive"), at),
                                at);
        if (sha256 != null) {
            ev.forceString(ev.forceAttr(sha256, "sha256"), at);
        }
        return new NixString(result, Map.of(result, NixString.NO_FILE));
    }

    private static Object filterSource(
            Evaluator ev, Object filter, Object path, SourcePosition at) {
        Session session = ev.session();
        String source = pathString(ev, path, at);
        String result =
                session.store()
                        .addPath(source, Paths.baseName(source), filter(ev, filter, at), true, at);
        return new NixString(result, Map.of(result, NixString.NO_FILE));
    }

    private static Object storePath(Evaluator ev, Object v, SourcePosition at) {
        Session session = ev.session();
        String path = Strings.coerce(ev, v, at, false, false).text();
        String canonical = Paths.canonical(path);
        int end = canonical.indexOf('/', Store.STORE_DIR.length() + 1);
        String storePath = end < 0 ? canonical : canonical.substring(0, end);
        if (!canonical.startsWith(Store.STORE_DIR + "/") || !session.store().isKnown(storePath)) {
            throw IoBuiltins.notBuildable(
                    at, "path '" + path + "' is not in this evaluation's store");
        }
        return new NixString(canonical, Map.of(storePath, NixString.NO_FILE));
    }

    private static Object fromTOML(Evaluator ev, Object v, SourcePosition at) {
        return Toml.parse(ev.forceString(v, at).text(), at);
    }

    private static String pathString(Evaluator ev, Object value, SourcePosition at) {
        if (value instanceof NixPath p) {
            return p.path();
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

    private static Store.Filter filter(Evaluator ev, Object function, SourcePosition at) {
        ev.forceFunction(function, at);
        return new SourceFilter(ev, function, at);
    }

    private static Object convertHash(Evaluator ev, Object v, SourcePosition at) {
        NixAttrs args = ev.forceAttrs(v, at);
        Attr hashAttr = args.get("hash");
        Attr formatAttr = args.get("toHashFormat");
        if (hashAttr == null || formatAttr == null) {
            throw NixError.of(
                    NixError.Kind.MISSING_ATTRIBUTE,
                    at,
                    "attribute '"
                            + (hashAttr == null ? "hash" : "toHashFormat")
                            + "' missing in call to 'convertHash'");
        }
        Attr algoAttr = args.get("hashAlgo");
        String algo =
                algoAttr == null
                        ? ""
                        : ev.forceString(ev.forceAttr(algoAttr, "hashAlgo"), at).text();
        NixHash hash =
                NixHash.parse(ev.forceString(ev.forceAttr(hashAttr, "hash"), at).text(), algo, at);
        String format = ev.forceString(ev.forceAttr(formatAttr, "toHashFormat"), at).text();
        return NixString.of(format(hash, format, at));
    }

    /** A hash in one of Nix's formats: base16, nix32 (base32), base64 or sri. */
    static String format(NixHash hash, String format, SourcePosition at) {
        return switch (format) {
            case "base16" -> HexFormat.of().formatHex(hash.bytes());
            case "nix32", "base32" -> Store.base32(hash.bytes());
            case "base64" -> Base64.getEncoder().encodeToString(hash.bytes());
            case "sri" -> hash.algorithm() + "-" + Base64.getEncoder().encodeToString(hash.bytes());
            default ->
                    throw NixError.of(
                            NixError.Kind.EVAL,
                            at,
                            "unknown hash format '"
                                    + format
                                    + "', expect 'base16', 'base32', 'base64', or 'sri'");
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A fetcher: local git repositories are read, the rest needs the network and a store. */
    private static Object fetch(Evaluator ev, Object v, SourcePosition at, String builtin) {
        if (!(v instanceof NixAttrs) && !(v instanceof NixPath)) {
            ev.forceString(v, at);
        }
        NixAttrs local =
                builtin.equals("fetchGit")
                        ? GitFetcher.fetch(ev, v, at)
                        : builtin.equals("fetchTree") ? GitFetcher.fetchTree(ev, v, at) : null;
        if (local != null) {
            return local;
        }
        throw IoBuiltins.notBuildable(at, "'" + builtin + "' needs the network and a store");
    }

    /** Keeps the files for which a Nix function returns true. */
    private record SourceFilter(Evaluator ev, Object function, SourcePosition at)
            implements Store.Filter {
        @Override
        public boolean keep(String path, String type) {
            return ev.forceBool(ev.call(function, at, NixString.of(path), NixString.of(type)), at);
        }
    }
}
