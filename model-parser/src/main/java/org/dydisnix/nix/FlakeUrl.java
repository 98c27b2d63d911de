package org.dydisnix.nix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dydisnix.model.SourcePosition;

/** A URL split as Nix's {@code ParsedURL} does, with its query decoded; printed back encoded. */
/** A URL split as Nix's {@code ParsedURL}. */
record FlakeUrl(
        String scheme, String authority, String path, Map<String, String> query, String fragment) {
    static final Pattern URL =
            Pattern.compile(
                    "([a-zA-Z][a-zA-Z0-9+.-]*):(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?");

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(scheme).append(':');
        if (authority != null) {
            s.append("//").append(authority);
        }
        s.append(path);
        if (!query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            query.forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
            s.append('?').append(String.join("&", pairs));
        }
        if (!fragment.isEmpty()) {
            s.append('#').append(encode(fragment));
        }
        return s.toString();
    }

    static FlakeUrl parse(String text, SourcePosition at) {
        Matcher url = URL.matcher(text);
        if (!url.matches()) {
            throw NixError.of(NixError.Kind.EVAL, at, "'" + text + "' is not a valid URL");
        }
        return new FlakeUrl(url.group(1), url.group(2), url.group(3), query(url.group(4)), "");
    }

    static Map<String, String> query(String text) {
        Map<String, String> query = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return query;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            query.put(
                    decode(equals < 0 ? pair : pair.substring(0, equals)),
                    equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return query;
    }

    static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
                out.write(
                        Integer.parseInt(
                                new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    static String encode(String text) {
        StringBuilder s = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$'()*+,;:@/?".indexOf(c) >= 0)) {
                s.append(c);
            } else {
                s.append(String.format("%%%02X", b & 0xff));
            }
        }
        return s.toString();
    }
}
