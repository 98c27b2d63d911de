package org.dydisnix.cli.docs;

import java.nio.charset.StandardCharsets;

/** Escaping for HTML text and attributes, and service keys made safe as element ids. */
final class Html {

    private Html() {}

    /** Text or an attribute value with the characters HTML gives meaning escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The element id of a service's entry: {@code service-} and the key with every character
     * outside {@code [A-Za-z0-9-]} written as {@code _XX} (its UTF-8 bytes), so that distinct keys
     * get distinct ids that are valid URL fragments.
     */
    static String serviceId(String key) {
        StringBuilder out = new StringBuilder("service-");
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
                out.append((char) c);
            } else {
                out.append('_').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
