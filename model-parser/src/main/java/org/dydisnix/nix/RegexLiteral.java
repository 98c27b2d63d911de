package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import org.dydisnix.nix.RegexNode.Bytes;
import org.dydisnix.nix.RegexNode.Sequence;

/**
 * A regular expression that is a plain string of bytes, matched by comparing bytes: its matches are
 * its non-overlapping occurrences.
 */
final class RegexLiteral {

    private RegexLiteral() {}

    /** The bytes matched when the expression is a plain non-empty string, or null. */
    static byte[] of(RegexNode root) {
        List<RegexNode> items = root instanceof Sequence s ? s.items() : List.of(root);
        byte[] bytes = new byte[items.size()];
        for (int i = 0; i < bytes.length; i++) {
            if (!(items.get(i) instanceof Bytes b)) {
                return null;
            }
            int only = -1;
            for (int c = 0; c < 256; c++) {
                if (b.set()[c]) {
                    if (only >= 0) {
                        return null;
                    }
                    only = c;
                }
            }
            if (only < 0) {
                return null;
            }
            bytes[i] = (byte) only;
        }
        return bytes.length > 0 ? bytes : null;
    }

    /** The non-overlapping occurrences of the literal, from left to right. */
    static List<Regex.Match> occurrences(byte[] literal, byte[] input) {
        List<Regex.Match> result = new ArrayList<>();
        int last = input.length - literal.length;
        int from = 0;
        while (from <= last) {
            int at = from;
            while (at <= last && !occursAt(literal, input, at)) {
                at++;
            }
            if (at > last) {
                break;
            }
            result.add(new Regex.Match(new int[] {at}, new int[] {at + literal.length}));
            from = at + literal.length;
        }
        return result;
    }

    private static boolean occursAt(byte[] literal, byte[] input, int at) {
        for (int i = 0; i < literal.length; i++) {
            if (input[at + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }
}
