package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Built-ins on strings: conversion, search and replace, regular expressions, versions and hashes.
 */
final class StringBuiltins {

    private StringBuiltins() {}

    /** The names of the built-ins {@link #create} makes. */
    static final String[] NAMES = {
        "toString",
        "concatStringsSep",
        "replaceStrings",
        "substring",
        "stringLength",
        "match",
        "split",
        "splitVersion",
        "compareVersions",
        "hashString",
        "baseNameOf",
        "dirOf",
        "unsafeDiscardStringContext",
        "getContext",
        "appendContext",
        "unsafeDiscardOutputDependency",
        "addDrvOutputDependencies",
        "hasContext",
        "parseDrvName",
        "toPath"
    };

    /** The built-in function {@code builtin} of this group, made when first used. */
    static PrimOp create(Builtins b, String builtin) {
        return switch (builtin) {
            case "toString" ->
                    b.primOp1("toString", (ev, v, at) -> Strings.coerce(ev, v, at, true, false));
            case "concatStringsSep" ->
                    b.primOp2(
                            "concatStringsSep",
                            (ev, sep, list, at) -> {
                                NixString separator = ev.forceString(sep, at);
                                StringBuilder text = new StringBuilder();
                                Map<String, String> context = separator.context();
                                boolean first = true;
                                List<Thunk> elements = ev.forceList(list, at).items();
                                for (int k = 0, size = elements.size(); k < size; k++) {
                                    Thunk item = elements.get(k);
                                    if (!first) {
                                        text.append(separator.text());
                                    }
                                    first = false;
                                    NixString s =
                                            Strings.coerce(ev, item.force(ev), at, false, true);
                                    text.append(s.text());
                                    context = NixString.merge(context, s.context());
                                }
                                return new NixString(text.toString(), context);
                            });
            case "replaceStrings" ->
                    b.primOp("replaceStrings", 3, (ev, args, at) -> replaceStrings(ev, args, at));
            case "substring" ->
                    b.primOp(
                            "substring",
                            3,
                            (ev, args, at) -> {
                                long start = ev.forceInt(args.get(0).force(ev), at);
                                long length = ev.forceInt(args.get(1).force(ev), at);
                                NixString s =
                                        Strings.coerce(ev, args.get(2).force(ev), at, false, true);
                                if (start < 0) {
                                    throw NixError.of(
                                            NixError.Kind.EVAL,
                                            at,
                                            "negative start position in 'substring'");
                                }
                                byte[] bytes = s.text().getBytes(StandardCharsets.UTF_8);
                                if (start >= bytes.length) {
                                    return new NixString("", s.context());
                                }
                                long end =
                                        length < 0
                                                ? bytes.length
                                                : Math.min(bytes.length, start + length);
                                return new NixString(
                                        new String(
                                                bytes,
                                                (int) start,
                                                (int) (end - start),
                                                StandardCharsets.UTF_8),
                                        s.context());
                            });
            case "stringLength" ->
                    b.primOp1(
                            "stringLength",
                            (ev, v, at) ->
                                    (long)
                                            Strings.coerce(ev, v, at, false, true)
                                                    .text()
                                                    .getBytes(StandardCharsets.UTF_8)
                                                    .length);
            case "match" -> b.primOp2("match", (ev, regex, str, at) -> match(ev, regex, str, at));
            case "split" -> b.primOp2("split", (ev, regex, str, at) -> split(ev, regex, str, at));
            case "splitVersion" ->
                    b.primOp1(
                            "splitVersion",
                            (ev, v, at) -> {
                                List<Thunk> parts = new ArrayList<>();
                                Versions.split(ev.forceString(v, at).text())
                                        .forEach(part -> parts.add(Thunk.of(NixString.of(part))));
                                return Builtins.list(parts);
                            });
            case "compareVersions" ->
                    b.primOp2(
                            "compareVersions",
                            (ev, x, y, at) ->
                                    (long)
                                            Versions.compare(
                                                    ev.forceString(x, at).text(),
                                                    ev.forceString(y, at).text()));
            case "hashString" ->
                    b.primOp2(
                            "hashString",
                            (ev, type, str, at) -> {
                                String algorithm = algorithm(ev.forceString(type, at).text(), at);
                                byte[] data =
                                        ev.forceString(str, at)
                                                .text()
                                                .getBytes(StandardCharsets.UTF_8);
                                return NixString.of(
                                        HexFormat.of().formatHex(Store.digest(algorithm, data)));
                            });
            case "baseNameOf" ->
                    b.primOp1(
                            "baseNameOf",
                            (ev, v, at) -> {
                                NixString s = Strings.coerce(ev, v, at, false, false);
                                return new NixString(Paths.baseName(s.text()), s.context());
                            });
            case "dirOf" ->
                    b.primOp1(
                            "dirOf",
                            (ev, v, at) -> {
                                NixString s = Strings.coerce(ev, v, at, false, false);
                                String dir = Paths.dirName(s.text());
                                return v instanceof NixPath
                                        ? new NixPath(dir)
                                        : new NixString(dir, s.context());
                            });
            case "unsafeDiscardStringContext" ->
                    b.primOp1(
                            "unsafeDiscardStringContext",
                            (ev, v, at) ->
                                    NixString.of(Strings.coerce(ev, v, at, false, false).text()));
            case "getContext" ->
                    b.primOp1("getContext", (ev, v, at) -> Contexts.get(ev.forceString(v, at), at));
            case "appendContext" -> b.primOp2("appendContext", Contexts::append);
            case "unsafeDiscardOutputDependency" ->
                    b.primOp1(
                            "unsafeDiscardOutputDependency",
                            (ev, v, at) -> Contexts.discardOutputDependency(ev.forceString(v, at)));
            case "addDrvOutputDependencies" ->
                    b.primOp1(
                            "addDrvOutputDependencies",
                            (ev, v, at) ->
                                    Contexts.addDrvOutputDependencies(ev.forceString(v, at), at));
            case "hasContext" ->
                    b.primOp1(
                            "hasContext",
                            (ev, v, at) -> !ev.forceString(v, at).context().isEmpty());
            case "parseDrvName" ->
                    b.primOp1(
                            "parseDrvName",
                            (ev, v, at) -> {
                                String full = ev.forceString(v, at).text();
                                String name = full;
                                String version = "";
                                for (int i = 0; i + 1 < full.length(); i++) {
                                    if (full.charAt(i) == '-'
                                            && !Character.isLetter(full.charAt(i + 1))) {
                                        name = full.substring(0, i);
                                        version = full.substring(i + 1);
                                        break;
                                    }
                                }
                                return NixAttrs.of(
                                        Map.of(
                                                "name",
                                                NixString.of(name),
                                                "version",
                                                NixString.of(version)));
                            });
            case "toPath" ->
                    b.primOp1(
                            "toPath",
                            (ev, v, at) -> {
                                NixString path = Strings.coerce(ev, v, at, false, false);
                                if (!path.text().startsWith("/")) {
                                    throw NixError.of(
                                            NixError.Kind.EVAL,
                                            at,
                                            "string '"
                                                    + path.text()
                                                    + "' doesn't represent an absolute path");
                                }
                                return new NixString(Paths.canonical(path.text()), path.context());
                            });
            default -> throw new IllegalArgumentException(builtin);
        };
    }

    /** The Java name of a Nix hash type. */
    static String algorithm(String type, org.dydisnix.model.SourcePosition at) {
        return switch (type) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            default ->
                    throw NixError.of(
                            NixError.Kind.EVAL, at, "unknown hash algorithm '" + type + "'");
        };
    }

    private static Object replaceStrings(
            Evaluator ev, List<Thunk> args, org.dydisnix.model.SourcePosition at) {
        List<Thunk> from = ev.forceList(args.get(0).force(ev), at).items();
        List<Thunk> to = ev.forceList(args.get(1).force(ev), at).items();
        NixString s = ev.forceString(args.get(2).force(ev), at);
        if (from.size() != to.size()) {
            throw NixError.of(
                    NixError.Kind.EVAL,
                    at,
                    "'from' and 'to' arguments to 'replaceStrings' have different lengths");
        }
        List<String> patterns = new ArrayList<>();
        for (Thunk pattern : from) {
            patterns.add(ev.forceString(pattern.force(ev), at).text());
        }
        NixString[] replacements = new NixString[to.size()];
        String text = s.text();
        StringBuilder result = new StringBuilder();
        Map<String, String> context = s.context();
        int p = 0;
        while (p <= text.length()) {
            boolean found = false;
            for (int i = 0; i < patterns.size(); i++) {
                String pattern = patterns.get(i);
                if (text.startsWith(pattern, p)) {
                    found = true;
                    if (replacements[i] == null) {
                        replacements[i] = ev.forceString(to.get(i).force(ev), at);
                    }
                    result.append(replacements[i].text());
                    context = NixString.merge(context, replacements[i].context());
                    if (pattern.isEmpty()) {
                        if (p < text.length()) {
                            result.append(text.charAt(p));
                        }
                        p++;
                    } else {
                        p += pattern.length();
                    }
                    break;
                }
            }
            if (!found) {
                if (p < text.length()) {
                    result.append(text.charAt(p));
                }
                p++;
            }
        }
        return new NixString(result.toString(), context);
    }

    private static Object match(
            Evaluator ev, Object regex, Object str, org.dydisnix.model.SourcePosition at) {
        Regex compiled = Regex.compile(ev.forceString(regex, at).text(), at);
        byte[] input = ev.forceString(str, at).text().getBytes(StandardCharsets.UTF_8);
        Regex.Match match = compiled.matchAll(input);
        return match == null ? NixNull.NULL : groups(compiled, match, input);
    }

    private static NixList groups(Regex regex, Regex.Match match, byte[] input) {
        List<Thunk> groups = new ArrayList<>();
        for (int i = 1; i <= regex.groups(); i++) {
            int start = match.starts()[i];
            groups.add(
                    Thunk.of(
                            start < 0
                                    ? NixNull.NULL
                                    : NixString.of(text(input, start, match.ends()[i]))));
        }
        return Builtins.list(groups);
    }

    private static String text(byte[] input, int start, int end) {
        return new String(input, start, end - start, StandardCharsets.UTF_8);
    }

    private static Object split(
            Evaluator ev, Object regex, Object str, org.dydisnix.model.SourcePosition at) {
        Regex compiled = Regex.compile(ev.forceString(regex, at).text(), at);
        byte[] input = ev.forceString(str, at).text().getBytes(StandardCharsets.UTF_8);
        List<Thunk> result = new ArrayList<>();
        int last = 0;
        for (Regex.Match match : compiled.findAll(input)) {
            result.add(Thunk.of(NixString.of(text(input, last, match.starts()[0]))));
            result.add(Thunk.of(groups(compiled, match, input)));
            last = match.ends()[0];
        }
        result.add(Thunk.of(NixString.of(text(input, last, input.length))));
        return Builtins.list(result);
    }
}
