package org.dydisnix.cli.draw;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Relative URLs of files named after groups: every path segment percent-encoded. */
public final class UrlPaths {

    private UrlPaths() {}

    /** A path segment (a group's directory) percent-encoded for use in a relative URL. */
    public static String segment(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** A relative path ({@code a/b/file}) with each segment percent-encoded. */
    public static String path(String relative) {
        return Arrays.stream(relative.split("/", -1))
                .map(UrlPaths::segment)
                .collect(Collectors.joining("/"));
    }
}
