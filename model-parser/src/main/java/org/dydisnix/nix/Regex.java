package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dydisnix.model.SourcePosition;

/**
 * POSIX extended regular expressions with the matching rules of the engine Nix uses (a depth-first
 * search over the bytes of the string that keeps the longest match: {@code .} matches a newline,
 * the longer of two alternatives wins, groups capture as the first longest path does).
 */
final class Regex {
    private static final Map<String, Regex> CACHE = new ConcurrentHashMap<>();
    private static final String SPECIAL = "^$\\.*+?()[]{}|";

    private enum Op {
        MATCH,
        ALT,
        REPEAT,
        GROUP_BEGIN,
        GROUP_END,
        LINE_BEGIN,
        LINE_END,
        DUMMY,
        ACCEPT
    }

    /** One state of the automaton; for ALT and REPEAT, {@code alt} is tried first. */
    private static final class State {
        final Op op;
        int next = -1;
        int alt = -1;
        int group;
        boolean[] bytes;

        State(Op op) {
            this.op = op;
        }
    }

    /** A parsed expression, compiled into states (again for each copy a bounded repeat needs). */
    private sealed interface Node {}

    private record Alternation(List<Node> branches) implements Node {}

    private record Sequence(List<Node> items) implements Node {}

    private record Bytes(boolean[] set) implements Node {}

    private record Group(int index, Node body) implements Node {}

    private record Anchor(boolean begin) implements Node {}

    private record Repeat(Node body, int min, int max) implements Node {}

    private final List<State> states = new ArrayList<>();
    private final int start;
    private final int groups;

    private Regex(Node root, int groups) {
        this.groups = groups;
        int begin = add(new State(Op.GROUP_BEGIN));
        int[] body = compile(root);
        State end = new State(Op.GROUP_END);
        int close = add(end);
        int accept = add(new State(Op.ACCEPT));
        states.get(begin).next = body[0];
        states.get(body[1]).next = close;
        end.next = accept;
        this.start = begin;
    }

    static Regex compile(String regex, SourcePosition at) {
        Regex cached = CACHE.get(regex);
        if (cached != null) {
            return cached;
        }
        Parser parser = new Parser(regex.getBytes(StandardCharsets.UTF_8));
        Regex compiled;
        try {
            Node root = parser.disjunction();
            if (parser.pos != parser.input.length) {
                throw new IllegalArgumentException();
            }
            compiled = new Regex(root, parser.groups);
        } catch (IllegalArgumentException | StackOverflowError e) {
            throw NixError.of(NixError.Kind.EVAL, at, "invalid regular expression '" + regex + "'");
        }
        if (CACHE.size() < 1000) {
            CACHE.put(regex, compiled);
        }
        return compiled;
    }

    /** The number of parenthesised groups. */
    int groups() {
        return groups;
    }

    private int add(State state) {
        states.add(state);
        return states.size() - 1;
    }

    /** Compiles a node; returns its first and last state. */
    private int[] compile(Node node) {
        if (node instanceof Bytes b) {
            State s = new State(Op.MATCH);
            s.bytes = b.set();
            int id = add(s);
            return new int[] {id, id};
        }
        if (node instanceof Anchor a) {
            int id = add(new State(a.begin() ? Op.LINE_BEGIN : Op.LINE_END));
            return new int[] {id, id};
        }
        if (node instanceof Group g) {
            State open = new State(Op.GROUP_BEGIN);
            open.group = g.index();
            State close = new State(Op.GROUP_END);
            close.group = g.index();
            int first = add(open);
            int[] body = compile(g.body());
            int last = add(close);
            open.next = body[0];
            states.get(body[1]).next = last;
            return new int[] {first, last};
        }
        if (node instanceof Sequence s) {
            if (s.items().isEmpty()) {
                int id = add(new State(Op.DUMMY));
                return new int[] {id, id};
            }
            int[] result = null;
            for (Node item : s.items()) {
                int[] part = compile(item);
                if (result == null) {
                    result = part;
                } else {
                    states.get(result[1]).next = part[0];
                    result[1] = part[1];
                }
            }
            return result;
        }
        if (node instanceof Alternation a) {
            int[] result = compile(a.branches().get(0));
            for (Node branch : a.branches().subList(1, a.branches().size())) {
                int[] right = compile(branch);
                int end = add(new State(Op.DUMMY));
                states.get(result[1]).next = end;
                states.get(right[1]).next = end;
                State choice = new State(Op.ALT);
                choice.alt = result[0];
                choice.next = right[0];
                result = new int[] {add(choice), end};
            }
            return result;
        }
        Repeat r = (Repeat) node;
        int first = add(new State(Op.DUMMY));
        int[] result = {first, first};
        for (int i = 0; i < r.min(); i++) {
            int[] copy = compile(r.body());
            states.get(result[1]).next = copy[0];
            result[1] = copy[1];
        }
        if (r.max() < 0) {
            int[] copy = compile(r.body());
            State loop = new State(Op.REPEAT);
            loop.alt = copy[0];
            int id = add(loop);
            states.get(copy[1]).next = id;
            states.get(result[1]).next = id;
            result[1] = id;
        } else if (r.max() > r.min()) {
            int end = add(new State(Op.DUMMY));
            for (int i = r.min(); i < r.max(); i++) {
                int[] copy = compile(r.body());
                State optional = new State(Op.REPEAT);
                optional.alt = copy[0];
                optional.next = end;
                int id = add(optional);
                states.get(result[1]).next = id;
                result[1] = copy[1];
            }
            states.get(result[1]).next = end;
            result[1] = end;
        }
        return result;
    }

    /** A match: start and end byte offsets of the whole match and of each group (-1: none). */
    record Match(int[] starts, int[] ends) {}

    /** The groups of a match of the whole string, or null. */
    Match matchAll(byte[] input) {
        return new Run(input, 0, true, false, false).result();
    }

    /** Every match from left to right, as {@code std::regex_iterator} finds them. */
    List<Match> findAll(byte[] input) {
        List<Match> result = new ArrayList<>();
        boolean previousAvailable = false;
        Match match = search(input, 0, false);
        while (match != null) {
            result.add(match);
            int from = match.ends()[0];
            if (match.starts()[0] == from) {
                if (from == input.length) {
                    break;
                }
                Match next = new Run(input, from, false, true, previousAvailable).result();
                if (next != null) {
                    match = next;
                    continue;
                }
                from++;
            }
            previousAvailable = true;
            match = search(input, from, true);
        }
        return result;
    }

    private Match search(byte[] input, int from, boolean previousAvailable) {
        for (int begin = from; begin <= input.length; begin++) {
            Match match =
                    new Run(input, begin, false, false, previousAvailable || begin > from).result();
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** One depth-first search from one start position. */
    private final class Run {
        private final byte[] input;
        private final int begin;
        private final boolean exact;
        private final boolean notNull;
        private final boolean previousAvailable;
        private final int[] starts;
        private final int[] ends;
        private final int[] repeatPosition;
        private final int[] repeatCount;
        private boolean hasSolution;
        private int solutionEnd = -1;
        private Match best;
        private int current;

        Run(byte[] input, int begin, boolean exact, boolean notNull, boolean previousAvailable) {
            this.input = input;
            this.begin = begin;
            this.exact = exact;
            this.notNull = notNull;
            this.previousAvailable = previousAvailable;
            this.starts = new int[groups + 1];
            this.ends = new int[groups + 1];
            java.util.Arrays.fill(starts, -1);
            java.util.Arrays.fill(ends, -1);
            this.repeatPosition = new int[states.size()];
            this.repeatCount = new int[states.size()];
            this.current = begin;
        }

        Match result() {
            dfs(start);
            return best;
        }

        private void dfs(int id) {
            State state = states.get(id);
            switch (state.op) {
                case MATCH -> {
                    if (current < input.length && state.bytes[input[current] & 0xff]) {
                        current++;
                        dfs(state.next);
                        current--;
                    }
                }
                case ALT -> {
                    dfs(state.alt);
                    boolean found = hasSolution;
                    hasSolution = false;
                    dfs(state.next);
                    hasSolution |= found;
                }
                case REPEAT -> {
                    once(id, state);
                    if (!hasSolution) {
                        dfs(state.next);
                    }
                }
                case GROUP_BEGIN -> {
                    int saved = starts[state.group];
                    starts[state.group] = current;
                    dfs(state.next);
                    starts[state.group] = saved;
                }
                case GROUP_END -> {
                    int saved = ends[state.group];
                    ends[state.group] = current;
                    dfs(state.next);
                    ends[state.group] = saved;
                }
                case LINE_BEGIN -> {
                    if (current == begin && !previousAvailable) {
                        dfs(state.next);
                    }
                }
                case LINE_END -> {
                    if (current == input.length) {
                        dfs(state.next);
                    }
                }
                case DUMMY -> dfs(state.next);
                case ACCEPT -> accept();
            }
        }

        private void once(int id, State state) {
            if (repeatCount[id] == 0 || repeatPosition[id] != current) {
                int savedPosition = repeatPosition[id];
                int savedCount = repeatCount[id];
                repeatPosition[id] = current;
                repeatCount[id] = 1;
                dfs(state.alt);
                repeatPosition[id] = savedPosition;
                repeatCount[id] = savedCount;
            } else if (repeatCount[id] < 2) {
                repeatCount[id]++;
                dfs(state.alt);
                repeatCount[id]--;
            }
        }

        private void accept() {
            hasSolution = !exact || current == input.length;
            if (current == begin && notNull) {
                hasSolution = false;
            }
            if (hasSolution && (solutionEnd < 0 || solutionEnd < current)) {
                solutionEnd = current;
                int[] s = starts.clone();
                int[] e = ends.clone();
                for (int i = 0; i <= groups; i++) {
                    if (s[i] < 0 || e[i] < 0) {
                        s[i] = -1;
                        e[i] = -1;
                    }
                }
                best = new Match(s, e);
            }
        }
    }

    /** Reads the pattern's bytes into nodes, rejecting what the POSIX grammar does not allow. */
    private static final class Parser {
        final byte[] input;
        int pos;
        int groups;

        Parser(byte[] input) {
            this.input = input;
        }

        Node disjunction() {
            List<Node> branches = new ArrayList<>();
            branches.add(alternative());
            while (pos < input.length && input[pos] == '|') {
                pos++;
                branches.add(alternative());
            }
            return branches.size() == 1 ? branches.get(0) : new Alternation(branches);
        }

        private Node alternative() {
            List<Node> items = new ArrayList<>();
            while (pos < input.length && input[pos] != '|' && input[pos] != ')') {
                byte c = input[pos];
                if (c == '^' || c == '$') {
                    pos++;
                    items.add(new Anchor(c == '^'));
                    continue;
                }
                Node atom = atom();
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

        private Node atom() {
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
                    Node body = disjunction();
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
                    if (pos >= input.length || SPECIAL.indexOf(input[pos]) < 0) {
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

        private static Node single(byte b) {
            boolean[] set = new boolean[256];
            set[b & 0xff] = true;
            return new Bytes(set);
        }

        private Node bracket() {
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
                    String name =
                            new String(input, pos + 2, end - pos - 2, StandardCharsets.US_ASCII);
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

        private static void addClass(boolean[] set, String name) {
            for (int b = 0; b < 128; b++) {
                char c = (char) b;
                boolean member =
                        switch (name) {
                            case "alpha" -> Character.isLetter(c);
                            case "digit", "d" -> c >= '0' && c <= '9';
                            case "alnum" -> Character.isLetterOrDigit(c);
                            case "upper" -> c >= 'A' && c <= 'Z';
                            case "lower" -> c >= 'a' && c <= 'z';
                            case "space", "s" -> c == ' ' || (c >= '\t' && c <= '\r');
                            case "blank" -> c == ' ' || c == '\t';
                            case "punct" -> c > 32 && c < 127 && !Character.isLetterOrDigit(c);
                            case "xdigit" ->
                                    (c >= '0' && c <= '9')
                                            || (c >= 'a' && c <= 'f')
                                            || (c >= 'A' && c <= 'F');
                            case "cntrl" -> c < 32 || c == 127;
                            case "print" -> c >= 32 && c < 127;
                            case "graph" -> c > 32 && c < 127;
                            case "w" -> Character.isLetterOrDigit(c) || c == '_';
                            default -> throw new IllegalArgumentException();
                        };
                if (member) {
                    set[b] = true;
                }
            }
        }
    }
}
