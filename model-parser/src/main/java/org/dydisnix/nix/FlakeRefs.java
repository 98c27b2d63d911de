package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dydisnix.model.SourcePosition;

/**
 * Flake references as current Nix reads and writes them ({@code builtins.parseFlakeRef}, {@code
 * builtins.flakeRefToString}): without a base directory, so nothing on disk is consulted.
 */
enum FlakeRefs implements BuiltinCode {
    PARSE_FLAKE_REF("parseFlakeRef", 1),
    FLAKE_REF_TO_STRING("flakeRefToString", 1);

    private final PrimOp primOp;

    FlakeRefs(String name, int arity) {
        this(name, arity, false);
    }

    FlakeRefs(String name, int arity, boolean lazy) {
        primOp = PrimOp.of(name, arity, lazy, this);
    }

    @Override
    public PrimOp primOp() {
        return primOp;
    }

    @Override
    public Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at) {
        return switch (this) {
            case PARSE_FLAKE_REF -> parseFlakeRef(ev, first, at);
            case FLAKE_REF_TO_STRING -> flakeRefToString(ev, first, at);
        };
    }

    private static final String ID = "[a-zA-Z][a-zA-Z0-9_-]*";
    private static final String REF = "[a-zA-Z0-9@][a-zA-Z0-9_.\\/@+-]*";
    private static final String REV = "[0-9a-fA-F]{40}";

    /**
     * The patterns, compiled when a flake reference is first parsed: not when the builtins are
     * made, as most evaluations parse none.
     */
    private static final class Patterns {
        static final Pattern FLAKE_ID =
                Pattern.compile(
                        "(" + ID + ")(?:/(?:(" + REV + ")|(?:(" + REF + ")(?:/(" + REV + "))?)))?");
        static final Pattern PATH = Pattern.compile("([^?#]*)(?:\\?([^#]*))?(?:#(.*))?");
    }

    static final List<String> GIT_FLAGS =
            List.of("shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit");

    private static Object parseFlakeRef(Evaluator ev, Object v, SourcePosition at) {
        return NixAttrs.of(parse(ev.forceString(v, at).text(), at));
    }

    private static Object flakeRefToString(Evaluator ev, Object v, SourcePosition at) {
        Map<String, Object> attrs = new TreeMap<>();
        ev.forceAttrs(v, at)
                .attrs()
                .forEach(
                        (name, attr) -> {
                            Object value = ev.forceAttr(attr, name);
                            if (value instanceof NixString s) {
                                attrs.put(name, s.text());
                            } else if (value instanceof Long n) {
                                if (n < 0) {
                                    throw error(
                                            at,
                                            "negative value given for flake ref attr "
                                                    + name
                                                    + ": "
                                                    + n);
                                }
                                attrs.put(name, n);
                            } else if (value instanceof Boolean bool) {
                                attrs.put(name, bool);
                            } else {
                                throw NixError.type(
                                        at,
                                        "flake reference attribute sets may only"
                                                + " contain integers, Booleans, and"
                                                + " strings, but attribute '"
                                                + name
                                                + "' is "
                                                + Types.show(value));
                            }
                        });
        return NixString.of(FlakeRefPrinter.print(attrs, at));
    }

    /** The attributes of a flake reference. */
    static Map<String, Object> parse(String text, SourcePosition at) {
        Matcher id = Patterns.FLAKE_ID.matcher(text);
        if (id.matches()) {
            Map<String, Object> attrs = new TreeMap<>();
            attrs.put("type", "indirect");
            attrs.put("id", id.group(1));
            put(attrs, "ref", id.group(3));
            put(attrs, "rev", id.group(2) != null ? id.group(2) : id.group(4));
            return plain(attrs);
        }
        Matcher url = FlakeUrl.URL.matcher(text);
        if (url.matches()) {
            FlakeUrl parsed =
                    new FlakeUrl(
                            url.group(1),
                            url.group(2),
                            url.group(3),
                            FlakeUrl.query(url.group(4)),
                            FlakeUrl.decode(url.group(5) == null ? "" : url.group(5)));
            return withFragmentChecked(fromUrl(parsed, text, at), parsed.fragment(), text, at);
        }
        Matcher path = Patterns.PATH.matcher(text);
        path.matches();
        if (!path.group(1).startsWith("/")) {
            throw error(at, "flake reference '" + text + "' is not an absolute path");
        }
        FlakeUrl parsed =
                new FlakeUrl(
                        "path",
                        "",
                        path.group(1),
                        FlakeUrl.query(path.group(2)),
                        FlakeUrl.decode(path.group(3) == null ? "" : path.group(3)));
        return withFragmentChecked(fromUrl(parsed, text, at), parsed.fragment(), text, at);
    }

    private static Map<String, Object> withFragmentChecked(
            Map<String, Object> attrs, String fragment, String text, SourcePosition at) {
        if (!fragment.isEmpty()) {
            throw error(
                    at, "unexpected fragment '" + fragment + "' in flake reference '" + text + "'");
        }
        return plain(attrs);
    }

    private static Map<String, Object> fromUrl(FlakeUrl url, String text, SourcePosition at) {
        Map<String, String> query = new LinkedHashMap<>(url.query());
        String dir = query.remove("dir");
        Map<String, Object> attrs = new TreeMap<>();
        String scheme = url.scheme();
        switch (scheme) {
            case "flake" -> indirect(attrs, url, text, at);
            case "github", "gitlab", "sourcehut" -> gitArchive(attrs, url, query, text, at);
            case "path" -> {
                attrs.put("type", "path");
                attrs.put("path", url.path());
                query.forEach(
                        (name, value) -> {
                            switch (name) {
                                case "rev", "narHash" -> attrs.put(name, value);
                                case "revCount", "lastModified" ->
                                        attrs.put(name, unsigned(value, text, name, at));
                                default ->
                                        throw error(
                                                at,
                                                "path URL '"
                                                        + text
                                                        + "' has unsupported parameter '"
                                                        + name
                                                        + "'");
                            }
                        });
            }
            case "git", "git+http", "git+https", "git+ssh", "git+file" -> {
                attrs.put("type", "git");
                Map<String, String> rest = new LinkedHashMap<>();
                query.forEach(
                        (name, value) -> {
                            if (List.of("rev", "ref", "keytype", "publicKey", "publicKeys")
                                    .contains(name)) {
                                attrs.put(name, value);
                            } else if (GIT_FLAGS.contains(name)) {
                                attrs.put(name, value.equals("1"));
                            } else {
                                rest.put(name, value);
                            }
                        });
                attrs.put(
                        "url",
                        new FlakeUrl(
                                        scheme.startsWith("git+") ? scheme.substring(4) : scheme,
                                        url.authority(),
                                        url.path(),
                                        rest,
                                        "")
                                .toString());
            }
            case "hg+http", "hg+https", "hg+ssh", "hg+file" -> {
                attrs.put("type", "hg");
                query.forEach(attrs::put);
                attrs.put(
                        "url",
                        new FlakeUrl(scheme.substring(3), url.authority(), url.path(), Map.of(), "")
                                .toString());
            }
            default -> curl(attrs, url, query, text, at);
        }
        put(attrs, "dir", dir);
        return attrs;
    }

    private static void indirect(
            Map<String, Object> attrs, FlakeUrl url, String text, SourcePosition at) {
        String[] parts = url.path().split("/");
        if (parts.length > 3 || !parts[0].matches(ID)) {
            throw error(at, "'" + parts[0] + "' is not a valid flake ID");
        }
        attrs.put("type", "indirect");
        attrs.put("id", parts[0]);
        if (parts.length == 2) {
            attrs.put(parts[1].matches(REV) ? "rev" : "ref", refOrRev(parts[1], text, at));
        } else if (parts.length == 3) {
            attrs.put("ref", refOrRev(parts[1], text, at));
            if (!parts[2].matches(REV)) {
                throw error(
                        at, "in flake URL '" + text + "', '" + parts[2] + "' is not a commit hash");
            }
            attrs.put("rev", parts[2]);
        }
    }

    private static String refOrRev(String part, String text, SourcePosition at) {
        if (!part.matches(REV) && !part.matches(REF)) {
            throw error(
                    at,
                    "in flake URL '"
                            + text
                            + "', '"
                            + part
                            + "' is not a commit hash or branch/tag name");
        }
        return part;
    }

    private static void gitArchive(
            Map<String, Object> attrs,
            FlakeUrl url,
            Map<String, String> query,
            String text,
            SourcePosition at) {
        List<String> path = new ArrayList<>();
        for (String part : url.path().split("/")) {
            if (!part.isEmpty()) {
                path.add(part);
            }
        }
        if (path.size() < 2) {
            throw error(at, "URL '" + text + "' is invalid");
        }
        attrs.put("type", url.scheme());
        attrs.put("owner", path.get(0));
        attrs.put("repo", path.get(1));
        if (path.size() == 3 && path.get(2).matches(REV)) {
            attrs.put("rev", path.get(2));
        } else if (path.size() >= 3) {
            String ref = String.join("/", path.subList(2, path.size()));
            if (!ref.matches(REF)) {
                throw error(
                        at,
                        "in URL '"
                                + text
                                + "', '"
                                + ref
                                + "' is not a commit hash or branch/tag name");
            }
            attrs.put("ref", ref);
        }
        query.forEach(
                (name, value) -> {
                    switch (name) {
                        case "rev" -> {
                            if (attrs.containsKey("rev")) {
                                throw error(
                                        at, "URL '" + text + "' contains multiple commit hashes");
                            }
                            attrs.put("rev", value);
                        }
                        case "ref" -> {
                            if (attrs.containsKey("ref")) {
                                throw error(
                                        at,
                                        "URL '" + text + "' contains multiple branch/tag names");
                            }
                            attrs.put("ref", value);
                        }
                        case "host", "narHash" -> attrs.put(name, value);
                        default -> {}
                    }
                });
        if (attrs.containsKey("ref") && attrs.containsKey("rev")) {
            throw error(
                    at,
                    "URL '"
                            + text
                            + "' contains both a commit hash and a branch/tag name "
                            + attrs.get("ref")
                            + " "
                            + attrs.get("rev"));
        }
    }

    private static void curl(
            Map<String, Object> attrs,
            FlakeUrl url,
            Map<String, String> query,
            String text,
            SourcePosition at) {
        String scheme = url.scheme();
        int plus = scheme.indexOf('+');
        String application = plus < 0 ? null : scheme.substring(0, plus);
        String transport = plus < 0 ? scheme : scheme.substring(plus + 1);
        if (!List.of("http", "https", "file").contains(transport)
                || application != null && !List.of("tarball", "file").contains(application)) {
            throw error(at, "input '" + text + "' is unsupported");
        }
        Map<String, String> rest = new LinkedHashMap<>(query);
        put(attrs, "narHash", rest.get("narHash"));
        put(attrs, "rev", rest.get("rev"));
        for (String name : List.of("revCount", "lastModified")) {
            String value = rest.get(name);
            if (value != null && value.matches("\\d{1,19}")) {
                attrs.put(name, Long.parseLong(value));
            }
        }
        List.of("url", "narHash", "name", "unpack", "rev", "revCount", "lastModified")
                .forEach(rest::remove);
        attrs.put("type", application == null ? "tarball" : application);
        attrs.put("url", new FlakeUrl(transport, url.authority(), url.path(), rest, "").toString());
    }

    private static Long unsigned(String value, String text, String name, SourcePosition at) {
        if (!value.matches("\\d{1,19}")) {
            throw error(at, "path URL '" + text + "' has invalid parameter '" + name + "'");
        }
        return Long.parseLong(value);
    }

    private static void put(Map<String, Object> attrs, String name, String value) {
        if (value != null) {
            attrs.put(name, value);
        }
    }

    private static Map<String, Object> plain(Map<String, Object> attrs) {
        Map<String, Object> values = new TreeMap<>();
        attrs.forEach(
                (name, value) ->
                        values.put(name, value instanceof String s ? NixString.of(s) : value));
        return values;
    }

    static NixError error(SourcePosition at, String message) {
        return NixError.of(NixError.Kind.EVAL, at, message);
    }
}
