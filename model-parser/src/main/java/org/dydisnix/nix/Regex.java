package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.nix.RegexNode.Alternation;
import org.dydisnix.nix.RegexNode.Anchor;
import org.dydisnix.nix.RegexNode.Bytes;
import org.dydisnix.nix.RegexNode.Group;
import org.dydisnix.nix.RegexNode.Repeat;
import org.dydisnix.nix.RegexNode.Sequence;

/**
 * POSIX extended regular expressions with the matching rules of the engine Nix uses (a depth-first
 * search over the bytes of the string that keeps the longest match: {@code .} matches a newline,
 * the longer of two alternatives wins, groups capture as the first longest path does).
 */
final class Regex {
    private static final Map<String, Regex> CACHE = new ConcurrentHashMap<>();
    static final String SPECIAL = "^$\\.*+?()[]{}|";

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

    private final List<State> states = new ArrayList<>();
    private final int start;
    private final int groups;

    /** The bytes matched when the expression is a plain non-empty string, or null. */
    private final byte[] literal;

    private Regex(RegexNode root, int groups) {
        this.groups = groups;
        this.literal = groups == 0 ? RegexLiteral.of(root) : null;
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
        RegexParser parser = new RegexParser(regex.getBytes(StandardCharsets.UTF_8));
        Regex compiled;
        try {
            RegexNode root = parser.disjunction();
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
    private int[] compile(RegexNode node) {
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
            for (RegexNode item : s.items()) {
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
            for (RegexNode branch : a.branches().subList(1, a.branches().size())) {
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
        return new Run(input, true, false).from(0, false);
    }

    /** Every match from left to right, as {@code std::regex_iterator} finds them. */
    List<Match> findAll(byte[] input) {
        if (literal != null) {
            return RegexLiteral.occurrences(literal, input);
        }
        List<Match> result = new ArrayList<>();
        Run run = new Run(input, false, false);
        boolean previousAvailable = false;
        Match match = search(run, 0, false);
        while (match != null) {
            result.add(match);
            int from = match.ends()[0];
            if (match.starts()[0] == from) {
                if (from == input.length) {
                    break;
                }
                Match next = new Run(input, false, true).from(from, previousAvailable);
                if (next != null) {
                    match = next;
                    continue;
                }
                from++;
            }
            previousAvailable = true;
            match = search(run, from, true);
        }
        return result;
    }

    private static Match search(Run run, int from, boolean previousAvailable) {
        for (int begin = from; begin <= run.input.length; begin++) {
            Match match = run.from(begin, previousAvailable || begin > from);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /**
     * Depth-first searches over one input, one start position at a time (each search leaves the
     * arrays as it found them).
     */
    private final class Run {
        private final byte[] input;
        private final boolean exact;
        private final boolean notNull;
        private int begin;
        private boolean previousAvailable;
        private final int[] starts;
        private final int[] ends;
        private final int[] repeatPosition;
        private final int[] repeatCount;
        private boolean hasSolution;
        private int solutionEnd = -1;
        private Match best;
        private int current;

        Run(byte[] input, boolean exact, boolean notNull) {
            this.input = input;
            this.exact = exact;
            this.notNull = notNull;
            this.starts = new int[groups + 1];
            this.ends = new int[groups + 1];
            java.util.Arrays.fill(starts, -1);
            java.util.Arrays.fill(ends, -1);
            this.repeatPosition = new int[states.size()];
            this.repeatCount = new int[states.size()];
        }

        /** The match starting at {@code begin}, or null. */
        Match from(int begin, boolean previousAvailable) {
            this.begin = begin;
            this.previousAvailable = previousAvailable;
            current = begin;
            hasSolution = false;
            solutionEnd = -1;
            best = null;
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
}
