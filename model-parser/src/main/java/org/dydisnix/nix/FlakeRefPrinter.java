package org.dydisnix.nix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/** {@code builtins.flakeRefToString}: the URL form of flake reference attributes. */
final class FlakeRefPrinter {

    private FlakeRefPrinter() {}

    /** The URL form of flake reference attributes. */
    static String print(Map<String, Object> attrs, SourcePosition at) {
        Object typeValue = attrs.get("type");
        if (!(typeValue instanceof String type)) {
            throw FlakeRefs.error(at, "attribute 'type' is missing in a flake reference");
        }
        Map<String, String> query = new TreeMap<>();
        String text =
                switch (type) {
                    case "indirect" -> {
                        StringBuilder s =
                                new StringBuilder("flake:").append(string(attrs, "id", at));
                        append(s, attrs.get("ref"));
                        append(s, attrs.get("rev"));
                        yield s.toString();
                    }
                    case "github", "gitlab", "sourcehut" -> {
                        StringBuilder s =
                                new StringBuilder(type)
                                        .append(':')
                                        .append(string(attrs, "owner", at))
                                        .append('/')
                                        .append(string(attrs, "repo", at));
                        append(s, attrs.get("ref"));
                        append(s, attrs.get("rev"));
                        copy(attrs, query, "host", "narHash");
                        yield s.toString();
                    }
                    case "path" -> {
                        attrs.forEach(
                                (name, value) -> {
                                    if (!List.of("path", "type", "dir").contains(name)) {
                                        query.put(name, String.valueOf(value));
                                    }
                                });
                        yield "path:" + string(attrs, "path", at);
                    }
                    case "git", "hg" -> {
                        FlakeUrl url = FlakeUrl.parse(string(attrs, "url", at), at);
                        query.putAll(url.query());
                        copy(attrs, query, "rev", "ref");
                        for (String flag : FlakeRefs.GIT_FLAGS) {
                            if (Boolean.TRUE.equals(attrs.get(flag))) {
                                query.put(flag, "1");
                            }
                        }
                        String scheme =
                                url.scheme().equals(type) ? type : type + "+" + url.scheme();
                        yield new FlakeUrl(scheme, url.authority(), url.path(), Map.of(), "")
                                .toString();
                    }
                    case "tarball", "file" -> {
                        FlakeUrl url = FlakeUrl.parse(string(attrs, "url", at), at);
                        query.putAll(url.query());
                        copy(attrs, query, "narHash");
                        yield new FlakeUrl(url.scheme(), url.authority(), url.path(), Map.of(), "")
                                .toString();
                    }
                    default ->
                            throw FlakeRefs.error(at, "input type '" + type + "' is unsupported");
                };
        Object dir = attrs.get("dir");
        if (dir instanceof String d && !d.isEmpty()) {
            query.put("dir", d);
        }
        return text + new FlakeUrl("x", null, "", query, "").toString().substring(2);
    }

    private static void append(StringBuilder s, Object part) {
        if (part != null) {
            s.append('/').append(part);
        }
    }

    private static void copy(
            Map<String, Object> attrs, Map<String, String> query, String... names) {
        for (String name : names) {
            Object value = attrs.get(name);
            if (value != null) {
                query.put(name, String.valueOf(value));
            }
        }
    }

    private static String string(Map<String, Object> attrs, String name, SourcePosition at) {
        Object value = attrs.get(name);
        if (!(value instanceof String s)) {
            throw FlakeRefs.error(at, "attribute '" + name + "' is missing in a flake reference");
        }
        return s;
    }
}
