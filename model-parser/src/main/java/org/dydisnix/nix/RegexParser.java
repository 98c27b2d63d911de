package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dydisnix.nix.RegexNode.Alternation;
import org.dydisnix.nix.RegexNode.Anchor;
import org.dydisnix.nix.RegexNode.Bytes;
import org.dydisnix.nix.RegexNode.Group;
import org.dydisnix.nix.RegexNode.Repeat;
import org.dydisnix.nix.RegexNode.Sequence;

/** Reads the pattern's bytes into nodes, rejecting what the POSIX grammar does not allow. */
final class RegexParser {
    final byte[] input;
    int pos;
    int groups;

    RegexParser(byte[] input) {
        this.input = input;
    }

    RegexNode disjunction() {
        List<RegexNode> branches = new ArrayList<>();
        branches.add(alternative());
        while (pos < input.length && input[pos] == '|') {
            pos++;
            branches.add(alternative());
        }
        return branches.size() == 1 ? branches.get(0) : new Alternation(branches);
    }

    private RegexNode alternative() {
        List<RegexNode> items = new ArrayList<>();
        while (pos < input.length && input[pos] != '|' && input[pos] != ')') {
            byte c = input[pos];
            if (c == '^' || c == '$') {
                pos++;
                items.add(new Anchor(c == '^'));
                continue;
            }
            RegexNode atom = atom();
            while (pos < input.length) {
                byte q = input[pos];
                if (q == '*') {
                    atom = new Repeat(atom, 0, -1);
                    pos++;
                } else if (q == '+') {
                    atom = new Repeat(atom, 1, -1);
                    pos++;
                } else if (q == '?') {
                    atom = new Repeat(atom, 0, 1);
                    pos++;
                } else if (q == '{') {
                    pos++;
                    int min = number();
                    int max = min;
                    if (pos < input.length && input[pos] == ',') {
                        pos++;
                        max = pos < input.length && isDigit(input[pos]) ? number() : -1;
                    }
                    if (pos >= input.length || input[pos] != '}') {
                        throw new IllegalArgumentException();
                    }
                    pos++;
                    if (max >= 0 && max < min) {
                        throw new IllegalArgumentException();
                    }
                    atom = new Repeat(atom, min, max);
                } else {
                    break;
                }
            }
            items.add(atom);
        }
        return items.size() == 1 ? items.get(0) : new Sequence(items);
    }

    private int number() {
        if (pos >= input.length || !isDigit(input[pos])) {
            throw new IllegalArgumentException();
        }
        int value = 0;
        while (pos < input.length && isDigit(input[pos])) {
            value = value * 10 + (input[pos++] - '0');
            if (value > 100_000) {
                throw new IllegalArgumentException();
            }
        }
        return value;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private RegexNode atom() {
        byte c = input[pos++];
        switch (c) {
            case '.' -> {
                boolean[] set = new boolean[256];
                java.util.Arrays.fill(set, true);
                set[0] = false;
                return new Bytes(set);
            }
            case '(' -> {
                int index = ++groups;
                RegexNode body = disjunction();
                if (pos >= input.length || input[pos] != ')') {
                    throw new IllegalArgumentException();
                }
                pos++;
                return new Group(index, body);
            }
            case '[' -> {
                return bracket();
            }
            case '\\' -> {
                if (pos >= input.length || Regex.SPECIAL.indexOf(input[pos]) < 0) {
                    throw new IllegalArgumentException();
                }
                return single(input[pos++]);
            }
            case '*', '+', '?', '{' -> throw new IllegalArgumentException();
            default -> {
                return single(c);
            }
        }
    }

    private static RegexNode single(byte b) {
        boolean[] set = new boolean[256];
        set[b & 0xff] = true;
        return new Bytes(set);
    }

    private RegexNode bracket() {
        boolean[] set = new boolean[256];
        boolean negate = pos < input.length && input[pos] == '^';
        if (negate) {
            pos++;
        }
        boolean first = true;
        while (true) {
            if (pos >= input.length) {
                throw new IllegalArgumentException();
            }
            int c = input[pos] & 0xff;
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[' && pos + 1 < input.length && input[pos + 1] == ':') {
                int end = indexOf(":]", pos + 2);
                String name = new String(input, pos + 2, end - pos - 2, StandardCharsets.US_ASCII);
                addClass(set, name);
                pos = end + 2;
                continue;
            }
            int low;
            if (c == '['
                    && pos + 1 < input.length
                    && (input[pos + 1] == '.' || input[pos + 1] == '=')) {
                char kind = (char) input[pos + 1];
                int end = indexOf(kind + "]", pos + 2);
                if (end != pos + 3) {
                    throw new IllegalArgumentException();
                }
                low = input[pos + 2] & 0xff;
                pos = end + 2;
            } else {
                low = c;
                pos++;
            }
            if (pos + 1 < input.length && input[pos] == '-' && input[pos + 1] != ']') {
                pos++;
                int high = input[pos] & 0xff;
                if (high == '['
                        && pos + 1 < input.length
                        && (input[pos + 1] == '.' || input[pos + 1] == '=')) {
                    high = input[pos + 2] & 0xff;
                    pos = indexOf((char) input[pos + 1] + "]", pos + 2) + 2;
                } else {
                    pos++;
                }
                if (high < low) {
                    throw new IllegalArgumentException();
                }
                for (int b = low; b <= high; b++) {
                    set[b] = true;
                }
            } else {
                set[low] = true;
            }
        }
        if (negate) {
            for (int b = 0; b < 256; b++) {
                set[b] = !set[b];
            }
        }
        return new Bytes(set);
    }

    private int indexOf(String text, int from) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i + needle.length <= input.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (input[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException();
    }

    /** A letter among the ASCII characters that the classes range over. */
    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void addClass(boolean[] set, String name) {
        for (int b = 0; b < 128; b++) {
            char c = (char) b;
            boolean member =
                    switch (name) {
                        case "alpha" -> asciiLetter(c);
                        case "digit", "d" -> c >= '0' && c <= '9';
                        case "alnum" -> asciiLetter(c) || (c >= '0' && c <= '9');
                        case "upper" -> c >= 'A' && c <= 'Z';
                        case "lower" -> c >= 'a' && c <= 'z';
                        case "space", "s" -> c == ' ' || (c >= '\t' && c <= '\r');
                        case "blank" -> c == ' ' || c == '\t';
                        case "punct" ->
                                c > 32 && c < 127 && !asciiLetter(c) && !(c >= '0' && c <= '9');
                        case "xdigit" ->
                                (c >= '0' && c <= '9')
                                        || (c >= 'a' && c <= 'f')
                                        || (c >= 'A' && c <= 'F');
                        case "cntrl" -> c < 32 || c == 127;
                        case "print" -> c >= 32 && c < 127;
                        case "graph" -> c > 32 && c < 127;
                        case "w" -> asciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
                        default -> throw new IllegalArgumentException();
                    };
            if (member) {
                set[b] = true;
            }
        }
    }
}
