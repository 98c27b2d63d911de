package org.dydisnix.nix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.ModelInputs;
import org.dydisnix.model.SourcePosition;

/** One evaluation session: the search path, the import cache, the store paths and the built-ins. */
final class Session {
    static final String NOT_BUILDABLE =
            "derivations cannot be built by the embedded evaluator; "
                    + "run with --nix to use nix-instantiate";

    /**
     * One entry of the search path: {@code prefix=path}, or just a directory when the prefix is
     * empty.
     */
    record SearchEntry(String prefix, String path) {}

    /** Where Nix's own expressions ({@code <nix/fetchurl.nix>}) are found, as in Nix 2.8. */
    static final String COREPKGS = "/__corepkgs__";

    private final List<SearchEntry> searchPath = new ArrayList<>();
    private final Map<String, Thunk> imports = new HashMap<>();
    private final ParsedFiles parsedFiles;
    private final Store store = new Store();
    private final StoreFiles files = new StoreFiles(store);
    private final Derivations derivations = new Derivations(store);
    private final Evaluator evaluator = new Evaluator(this);
    private final Builtins builtins;
    private boolean abortOnWarn;

    /**
     * @param includePaths {@code -I} entries, each a directory or {@code prefix=directory}
     * @param nixPath the value of {@code NIX_PATH}, or null
     */
    Session(List<String> includePaths, String nixPath) {
        this(includePaths, nixPath, ParseCache.current());
    }

    /**
     * @param parseCache the parsed files kept between processes, or null
     */
    Session(List<String> includePaths, String nixPath, ParsedTreeCache parseCache) {
        parsedFiles = new ParsedFiles(parseCache);
        for (String entry : includePaths) {
            searchPath.add(entry(entry));
        }
        if (nixPath != null && !nixPath.isBlank()) {
            for (String entry : nixPath.split(":")) {
                if (!entry.isBlank()) {
                    searchPath.add(entry(entry));
                }
            }
        }
        builtins = new Builtins(this);
    }

    private static SearchEntry entry(String text) {
        int equals = text.indexOf('=');
        return equals < 0
                ? new SearchEntry("", text)
                : new SearchEntry(text.substring(0, equals), text.substring(equals + 1));
    }

    Evaluator evaluator() {
        return evaluator;
    }

    Store store() {
        return store;
    }

    StoreFiles files() {
        return files;
    }

    Derivations derivations() {
        return derivations;
    }

    Builtins builtins() {
        return builtins;
    }

    /** Whether {@code builtins.warn} aborts the evaluation (Nix's {@code abort-on-warn}). */
    boolean abortOnWarn() {
        return abortOnWarn;
    }

    void abortOnWarn(boolean abort) {
        abortOnWarn = abort;
    }

    /** The search path entries ({@code -I}, then {@code NIX_PATH}), in lookup order. */
    List<SearchEntry> searchEntries() {
        return List.copyOf(searchPath);
    }

    /** The path {@code <name>} stands for. */
    Object searchPath(String name, SourcePosition at) {
        return findFile(searchPath, name, at);
    }

    /** Looks a name up in search path entries, as {@code builtins.findFile} does. */
    static NixPath findFile(List<SearchEntry> entries, String name, SourcePosition at) {
        for (SearchEntry entry : entries) {
            Path candidate = null;
            if (entry.prefix().isEmpty()) {
                candidate = Paths.file(entry.path(), at).resolve(name);
            } else if (name.equals(entry.prefix())) {
                candidate = Paths.file(entry.path(), at);
            } else if (name.startsWith(entry.prefix() + "/")) {
                candidate =
                        Paths.file(entry.path(), at)
                                .resolve(name.substring(entry.prefix().length() + 1));
            }
            if (candidate != null && Files.exists(candidate)) {
                return new NixPath(Paths.canonical(candidate.toAbsolutePath().toString()));
            }
        }
        if (name.startsWith("nix/")
                && Session.class.getResource("corepkgs/" + name.substring(4)) != null) {
            return new NixPath(COREPKGS + "/" + name.substring(4));
        }
        String problem =
                "file '"
                        + name
                        + "' was not found in the Nix search path (add it using $NIX_PATH or -I)";
        if (name.equals("nixpkgs") || name.startsWith("nixpkgs/")) {
            throw NixError.of(NixError.Kind.NOT_BUILDABLE, at, problem + "; " + NOT_BUILDABLE)
                    .catchable();
        }
        throw NixError.of(NixError.Kind.IO, at, problem).catchable();
    }

    /** The value of a Nix file ({@code default.nix} for a directory), evaluated once per path. */
    Object importFile(Path file, SourcePosition at) {
        String path = file.toString();
        if (path.startsWith(COREPKGS + "/")) {
            return corepkg(path, at);
        }
        String named = files.isDirectory(path, at) ? path + "/default.nix" : path;
        StoreFiles.Located located = files.locate(named, at);
        if (located instanceof StoreFiles.Missing missing) {
            throw NixError.of(
                    NixError.Kind.IO, at, "opening file '" + named + "': " + missing.errno());
        }
        Path source =
                located instanceof StoreFiles.OnDisk disk
                        ? disk.file().toAbsolutePath().normalize()
                        : Path.of(named);
        String key = source.toString();
        Thunk cached = imports.get(key);
        if (cached == null) {
            cached =
                    Thunk.lazy(
                            new Import(this, located, named, source, at),
                            new SourcePosition(key, 1, 1));
            imports.put(key, cached);
        }
        return cached.force(evaluator);
    }

    /** The value of an imported file, evaluated when first forced. */
    private record Import(
            Session session,
            StoreFiles.Located located,
            String named,
            Path source,
            SourcePosition at)
            implements java.util.function.Supplier<Object> {
        @Override
        public Object get() {
            return session.evaluator.eval(
                    located instanceof StoreFiles.InMemory text
                            ? session.parse(
                                    new String(text.content(), StandardCharsets.UTF_8),
                                    named,
                                    source.getParent())
                            : session.parseFile(source, at),
                    session.builtins.baseEnv());
        }
    }

    /** The value of a file of Nix's corepkgs, evaluated when first forced. */
    private record Corepkg(Session session, String path, String resource, SourcePosition at)
            implements java.util.function.Supplier<Object> {
        @Override
        public Object get() {
            try (java.io.InputStream in = Session.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw io(Path.of(path), at, new java.nio.file.NoSuchFileException(path));
                }
                String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return session.evaluator.eval(
                        session.parse(source, path, Path.of(COREPKGS)), session.builtins.baseEnv());
            } catch (IOException e) {
                throw io(Path.of(path), at, e);
            }
        }
    }

    private Object corepkg(String path, SourcePosition at) {
        Thunk cached = imports.get(path);
        if (cached == null) {
            String resource = "corepkgs/" + path.substring(COREPKGS.length() + 1);
            cached =
                    Thunk.lazy(
                            new Corepkg(this, path, resource, at), new SourcePosition(path, 1, 1));
            imports.put(path, cached);
        }
        return cached.force(evaluator);
    }

    /** Parses and checks a file. */
    Expr parseFile(Path file, SourcePosition at) {
        return parseFile(file, at, builtins.baseEnv());
    }

    /**
     * Parses a file, checking and resolving its variables against the environment {@code scope}.
     */
    Expr parseFile(Path file, SourcePosition at, Env scope) {
        byte[] bytes;
        try {
            bytes = StoreFiles.readAll(file);
        } catch (IOException e) {
            throw io(file, at, e);
        }
        Path absolute = file.toAbsolutePath().normalize();
        String shownAs = displayName(absolute);
        return parsedFiles.get(absolute, bytes, scope, shownAs, ModelInputs.baseDir(absolute));
    }

    /** How a file is named in messages: relative to the working directory when it lies below it. */
    static String displayName(Path absolute) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return ModelInputs.shownName(
                absolute,
                absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                        ? workingDirectory.relativize(absolute).toString()
                        : absolute.toString());
    }

    private static NixError io(Path file, SourcePosition at, IOException e) {
        String reason = StoreFiles.errno(e);
        return NixError.of(
                NixError.Kind.IO,
                at,
                "opening file '" + displayName(file.toAbsolutePath().normalize()) + "': " + reason);
    }

    /** Parses and checks source text. */
    Expr parse(String source, String fileName, Path baseDir) {
        Expr expr = Parser.parse(source, fileName, baseDir);
        Resolver.check(expr, builtins.baseEnv());
        return expr;
    }

    /** Resolves and evaluates a parsed expression in the global scope. */
    Object eval(Expr expr) {
        Resolver.check(expr, builtins.baseEnv());
        return evaluator.eval(expr, builtins.baseEnv());
    }
}
