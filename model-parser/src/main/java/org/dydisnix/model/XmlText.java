package org.dydisnix.model;

/** Text made safe inside XML and HTML elements and double-quoted attribute values. */
public final class XmlText {

    private XmlText() {}

    /** The text with {@code & < > "} written as character references. */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
