package org.dydisnix.nix;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Nix's ATerm serialisation of a store derivation ({@code Derive(...)}). */
final class ATerm {

    private ATerm() {}

    /** The ATerm text of a derivation ({@code Derive(...)}). */
    static String unparse(
            Derivations.Derivation drv,
            boolean maskOutputs,
            TreeMap<String, TreeSet<String>> inputs) {
        StringBuilder s = new StringBuilder("Derive([");
        boolean first = true;
        for (Map.Entry<String, Derivations.Output> output : drv.outputs().entrySet()) {
            if (!first) {
                s.append(',');
            }
            first = false;
            s.append("(\"").append(output.getKey()).append("\",\"");
            s.append(maskOutputs ? "" : output.getValue().path()).append("\",\"");
            s.append(output.getValue().methodAlgo()).append("\",\"");
            s.append(output.getValue().hash()).append("\")");
        }
        s.append("],[");
        first = true;
        for (Map.Entry<String, TreeSet<String>> input :
                (inputs != null ? inputs : drv.inputDrvs()).entrySet()) {
            if (!first) {
                s.append(',');
            }
            first = false;
            s.append("(\"").append(input.getKey()).append("\",");
            unquotedList(s, input.getValue());
            s.append(')');
        }
        s.append("],");
        unquotedList(s, drv.inputSrcs());
        s.append(",\"").append(drv.platform()).append("\",");
        quoted(s, drv.builder());
        s.append(",[");
        for (int i = 0; i < drv.args().size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            quoted(s, drv.args().get(i));
        }
        s.append("],[");
        first = true;
        for (Map.Entry<String, String> variable : drv.env().entrySet()) {
            if (!first) {
                s.append(',');
            }
            first = false;
            s.append('(');
            quoted(s, variable.getKey());
            s.append(',');
            quoted(
                    s,
                    maskOutputs && drv.outputs().containsKey(variable.getKey())
                            ? ""
                            : variable.getValue());
            s.append(')');
        }
        return s.append("])").toString();
    }

    private static void unquotedList(StringBuilder s, Iterable<String> items) {
        s.append('[');
        boolean first = true;
        for (String item : items) {
            if (!first) {
                s.append(',');
            }
            first = false;
            s.append('"').append(item).append('"');
        }
        s.append(']');
    }

    private static void quoted(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> s.append('\\').append(c);
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> s.append(c);
            }
        }
        s.append('"');
    }
}
