package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/**
 * Built-ins on strings: conversion, search and replace, regular expressions, versions and hashes.
 */
enum StringBuiltins implements BuiltinCode {
    TO_STRING("toString", 1),
    CONCAT_STRINGS_SEP("concatStringsSep", 2),
    REPLACE_STRINGS("replaceStrings", 3, LAZY),
    SUBSTRING("substring", 3, LAZY),
    STRING_LENGTH("stringLength", 1),
    MATCH("match", 2),
    SPLIT("split", 2),
    SPLIT_VERSION("splitVersion", 1),
    COMPARE_VERSIONS("compareVersions", 2),
    HASH_STRING("hashString", 2),
    BASE_NAME_OF("baseNameOf", 1),
    DIR_OF("dirOf", 1),
    UNSAFE_DISCARD_STRING_CONTEXT("unsafeDiscardStringContext", 1),
    GET_CONTEXT("getContext", 1),
    APPEND_CONTEXT("appendContext", 2),
    UNSAFE_DISCARD_OUTPUT_DEPENDENCY("unsafeDiscardOutputDependency", 1),
    ADD_DRV_OUTPUT_DEPENDENCIES("addDrvOutputDependencies", 1),
    HAS_CONTEXT("hasContext", 1),
    PARSE_DRV_NAME("parseDrvName", 1),
    TO_PATH("toPath", 1);

    private final PrimOp primOp;

    StringBuiltins(String name, int arity) {
        this(name, arity, false);
    }

    StringBuiltins(String name, int arity, boolean lazy) {
        primOp = PrimOp.of(name, arity, lazy, this);
    }

    @Override
    public PrimOp primOp() {
        return primOp;
    }

    @Override
    public Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at) {
        return switch (this) {
            case TO_STRING -> toString(ev, first, at);
            case CONCAT_STRINGS_SEP -> concatStringsSep(ev, first, second, at);
            case REPLACE_STRINGS ->
                    replaceStrings(ev, (Thunk) first, (Thunk) second, (Thunk) third, at);
            case SUBSTRING -> substring(ev, (Thunk) first, (Thunk) second, (Thunk) third, at);
            case STRING_LENGTH -> stringLength(ev, first, at);
            case MATCH -> match(ev, first, second, at);
            case SPLIT -> split(ev, first, second, at);
            case SPLIT_VERSION -> splitVersion(ev, first, at);
            case COMPARE_VERSIONS -> compareVersions(ev, first, second, at);
            case HASH_STRING -> hashString(ev, first, second, at);
            case BASE_NAME_OF -> baseNameOf(ev, first, at);
            case DIR_OF -> dirOf(ev, first, at);
            case UNSAFE_DISCARD_STRING_CONTEXT -> unsafeDiscardStringContext(ev, first, at);
            case GET_CONTEXT -> getContext(ev, first, at);
            case APPEND_CONTEXT -> Contexts.append(ev, first, second, at);
            case UNSAFE_DISCARD_OUTPUT_DEPENDENCY -> unsafeDiscardOutputDependency(ev, first, at);
            case ADD_DRV_OUTPUT_DEPENDENCIES -> addDrvOutputDependencies(ev, first, at);
            case HAS_CONTEXT -> hasContext(ev, first, at);
            case PARSE_DRV_NAME -> parseDrvName(ev, first, at);
            case TO_PATH -> toPath(ev, first, at);
        };
    }

    private static Object toString(Evaluator ev, Object v, SourcePosition at) {
        return Strings.coerce(ev, v, at, true, false);
    }

    private static Object concatStringsSep(
            Evaluator ev, Object sep, Object list, SourcePosition at) {
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
            NixString s = Strings.coerce(ev, item.force(ev), at, false, true);
            text.append(s.text());
            context = NixString.merge(context, s.context());
        }
        return new NixString(text.toString(), context);
    }

    private static Object substring(
            Evaluator ev, Thunk from, Thunk count, Thunk string, SourcePosition at) {
        long start = ev.forceInt(from.force(ev), at);
        long length = ev.forceInt(count.force(ev), at);
        NixString s = Strings.coerce(ev, string.force(ev), at, false, true);
        if (start < 0) {
            throw NixError.of(NixError.Kind.EVAL, at, "negative start position in 'substring'");
        }
        String text = s.text();
        long end = length < 0 || length > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + length;
        int asciiEnd = (int) Math.min(text.length(), end);
        if (Strings.isAscii(text, asciiEnd)) {
            return start >= asciiEnd
                    ? new NixString("", s.context())
                    : new NixString(text.substring((int) start, asciiEnd), s.context());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (start >= bytes.length) {
            return new NixString("", s.context());
        }
        int last = (int) Math.min(bytes.length, end);
        return new NixString(
                new String(bytes, (int) start, last - (int) start, StandardCharsets.UTF_8),
                s.context());
    }

    private static Object stringLength(Evaluator ev, Object v, SourcePosition at) {
        String text = Strings.coerce(ev, v, at, false, true).text();
        return (long)
                (Strings.isAscii(text, text.length())
                        ? text.length()
                        : text.getBytes(StandardCharsets.UTF_8).length);
    }

    private static Object splitVersion(Evaluator ev, Object v, SourcePosition at) {
        List<Thunk> parts = new ArrayList<>();
        for (String part : Versions.split(ev.forceString(v, at).text())) {
            parts.add(Thunk.of(NixString.of(part)));
        }
        return Builtins.list(parts);
    }

    private static Object compareVersions(Evaluator ev, Object x, Object y, SourcePosition at) {
        return (long) Versions.compare(ev.forceString(x, at).text(), ev.forceString(y, at).text());
    }

    private static Object hashString(Evaluator ev, Object type, Object str, SourcePosition at) {
        String algorithm = algorithm(ev.forceString(type, at).text(), at);
        byte[] data = ev.forceString(str, at).text().getBytes(StandardCharsets.UTF_8);
        return NixString.of(HexFormat.of().formatHex(Store.digest(algorithm, data)));
    }

    private static Object baseNameOf(Evaluator ev, Object v, SourcePosition at) {
        NixString s = Strings.coerce(ev, v, at, false, false);
        return new NixString(Paths.baseName(s.text()), s.context());
    }

    private static Object dirOf(Evaluator ev, Object v, SourcePosition at) {
        NixString s = Strings.coerce(ev, v, at, false, false);
        String dir = Paths.dirName(s.text());
        return v instanceof NixPath ? new NixPath(dir) : new NixString(dir, s.context());
    }

    private static Object unsafeDiscardStringContext(Evaluator ev, Object v, SourcePosition at) {
        return NixString.of(Strings.coerce(ev, v, at, false, false).text());
    }

    private static Object getContext(Evaluator ev, Object v, SourcePosition at) {
        return Contexts.get(ev.forceString(v, at), at);
    }

    private static Object unsafeDiscardOutputDependency(Evaluator ev, Object v, SourcePosition at) {
        return Contexts.discardOutputDependency(ev.forceString(v, at));
    }

    private static Object addDrvOutputDependencies(Evaluator ev, Object v, SourcePosition at) {
        return Contexts.addDrvOutputDependencies(ev.forceString(v, at), at);
    }

    private static Object hasContext(Evaluator ev, Object v, SourcePosition at) {
        return !ev.forceString(v, at).context().isEmpty();
    }

    private static Object parseDrvName(Evaluator ev, Object v, SourcePosition at) {
        String full = ev.forceString(v, at).text();
        String name = full;
        String version = "";
        for (int i = 0; i + 1 < full.length(); i++) {
            if (full.charAt(i) == '-' && !Character.isLetter(full.charAt(i + 1))) {
                name = full.substring(0, i);
                version = full.substring(i + 1);
                break;
            }
        }
        return NixAttrs.of(Map.of("name", NixString.of(name), "version", NixString.of(version)));
    }

    private static Object toPath(Evaluator ev, Object v, SourcePosition at) {
        NixString path = Strings.coerce(ev, v, at, false, false);
        if (!path.text().startsWith("/")) {
            throw NixError.of(
                    NixError.Kind.EVAL,
                    at,
                    "string '" + path.text() + "' doesn't represent an absolute path");
        }
        return new NixString(Paths.canonical(path.text()), path.context());
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
            Evaluator ev, Thunk fromList, Thunk toList, Thunk string, SourcePosition at) {
        List<Thunk> from = ev.forceList(fromList.force(ev), at).items();
        List<Thunk> to = ev.forceList(toList.force(ev), at).items();
        NixString s = ev.forceString(string.force(ev), at);
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
        Input input = new Input(ev.forceString(str, at).text());
        Regex.Match match = compiled.matchAll(input.bytes);
        return match == null ? NixNull.NULL : groups(compiled, match, input);
    }

    /** A string matched as UTF-8 bytes; slices of an ASCII one are taken from its characters. */
    private static final class Input {
        final String text;
        final boolean ascii;
        final byte[] bytes;

        Input(String text) {
            this.text = text;
            this.ascii = Strings.isAscii(text, text.length());
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
        }

        String slice(int start, int end) {
            return ascii
                    ? text.substring(start, end)
                    : new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }
    }

    private static NixList groups(Regex regex, Regex.Match match, Input input) {
        List<Thunk> groups = new ArrayList<>();
        for (int i = 1; i <= regex.groups(); i++) {
            int start = match.starts()[i];
            groups.add(
                    Thunk.of(
                            start < 0
                                    ? NixNull.NULL
                                    : NixString.of(input.slice(start, match.ends()[i]))));
        }
        return Builtins.list(groups);
    }

    private static Object split(
            Evaluator ev, Object regex, Object str, org.dydisnix.model.SourcePosition at) {
        Regex compiled = Regex.compile(ev.forceString(regex, at).text(), at);
        Input input = new Input(ev.forceString(str, at).text());
        List<Thunk> result = new ArrayList<>();
        int last = 0;
        for (Regex.Match match : compiled.findAll(input.bytes)) {
            result.add(Thunk.of(NixString.of(input.slice(last, match.starts()[0]))));
            result.add(Thunk.of(groups(compiled, match, input)));
            last = match.ends()[0];
        }
        result.add(Thunk.of(NixString.of(input.slice(last, input.bytes.length))));
        return Builtins.list(result);
    }
}
