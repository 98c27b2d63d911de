package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/**
 * Splits Nix source text into tokens, tracking string and interpolation nesting as Nix's lexer
 * does.
 */
final class Lexer {
    private static final TokenType[] WORD_TYPES = {
        TokenType.ID,
        TokenType.INT,
        TokenType.FLOAT,
        TokenType.PATH,
        TokenType.HPATH,
        TokenType.SPATH,
        TokenType.URI
    };
    private static final Map<String, TokenType> KEYWORDS =
            Map.of(
                    "if",
                    TokenType.IF,
                    "then",
                    TokenType.THEN,
                    "else",
                    TokenType.ELSE,
                    "assert",
                    TokenType.ASSERT,
                    "with",
                    TokenType.WITH,
                    "let",
                    TokenType.LET,
                    "in",
                    TokenType.IN,
                    "rec",
                    TokenType.REC,
                    "inherit",
                    TokenType.INHERIT,
                    "or",
                    TokenType.OR_KW);
    private static final Map<String, TokenType> OPERATORS =
            Map.ofEntries(
                    Map.entry("...", TokenType.ELLIPSIS),
                    Map.entry("==", TokenType.EQ),
                    Map.entry("!=", TokenType.NEQ),
                    Map.entry("<=", TokenType.LEQ),
                    Map.entry(">=", TokenType.GEQ),
                    Map.entry("&&", TokenType.AND),
                    Map.entry("||", TokenType.OR),
                    Map.entry("->", TokenType.IMPL),
                    Map.entry("//", TokenType.UPDATE),
                    Map.entry("++", TokenType.CONCAT),
                    Map.entry("{", TokenType.LBRACE),
                    Map.entry("}", TokenType.RBRACE),
                    Map.entry("[", TokenType.LBRACKET),
                    Map.entry("]", TokenType.RBRACKET),
                    Map.entry("(", TokenType.LPAREN),
                    Map.entry(")", TokenType.RPAREN),
                    Map.entry(";", TokenType.SEMI),
                    Map.entry(":", TokenType.COLON),
                    Map.entry(",", TokenType.COMMA),
                    Map.entry(".", TokenType.DOT),
                    Map.entry("@", TokenType.AT),
                    Map.entry("?", TokenType.QUESTION),
                    Map.entry("=", TokenType.ASSIGN),
                    Map.entry("+", TokenType.PLUS),
                    Map.entry("-", TokenType.MINUS),
                    Map.entry("*", TokenType.STAR),
                    Map.entry("/", TokenType.SLASH),
                    Map.entry("<", TokenType.LT),
                    Map.entry(">", TokenType.GT),
                    Map.entry("!", TokenType.NOT));

    private static final String[] TWO_CHARACTER_OPERATORS = {
        "==", "!=", "<=", ">=", "&&", "||", "->", "//", "++"
    };
    private static final String[] ONE_CHARACTER_OPERATORS = new String[128];

    static {
        for (String op : OPERATORS.keySet()) {
            if (op.length() == 1) {
                ONE_CHARACTER_OPERATORS[op.charAt(0)] = op;
            }
        }
    }

    private enum Mode {
        CODE,
        STRING,
        INDENTED,
        PATH
    }

    /** The stack of nested modes (code in strings in code ...), innermost on top. */
    private static final class Modes {
        private Mode[] stack = new Mode[16];
        private int size;

        void push(Mode mode) {
            if (size == stack.length) {
                stack = java.util.Arrays.copyOf(stack, size * 2);
            }
            stack[size++] = mode;
        }

        Mode pop() {
            return stack[--size];
        }

        Mode peek() {
            return size == 0 ? null : stack[size - 1];
        }

        int size() {
            return size;
        }
    }

    private final char[] chars;
    private final int size;
    private final String file;
    private final List<Token> tokens = new ArrayList<>();
    private final Modes modes = new Modes();
    private int current;
    private int line = 1;
    private int lineStart;

    Lexer(String source, String file) {
        this(source.toCharArray(), file);
    }

    /** A lexer of the characters {@code chars}, which it reads but does not change. */
    Lexer(char[] chars, String file) {
        this.chars = chars;
        this.size = chars.length;
        this.file = file;
    }

    /** All tokens of the source, ending with {@link TokenType#EOF}. */
    List<Token> tokens() {
        modes.push(Mode.CODE);
        while (true) {
            Mode mode = modes.peek();
            if (mode == Mode.STRING) {
                string();
            } else if (mode == Mode.INDENTED) {
                indented();
            } else if (mode == Mode.PATH) {
                pathPart();
            } else {
                skipBlanks();
                if (current >= size) {
                    break;
                }
                code();
            }
        }
        tokens.add(new Token(TokenType.EOF, "", position(current), false));
        return tokens;
    }

    private String text(int start, int end) {
        return new String(chars, start, end - start);
    }

    private boolean interpolationAt(int at) {
        return at + 1 < size && chars[at] == '$' && chars[at + 1] == '{';
    }

    private SourcePosition position(int offset) {
        return new SourcePosition(file, line, offset - lineStart + 1);
    }

    private char peek(int ahead) {
        int at = current + ahead;
        return at < size ? chars[at] : '\0';
    }

    private void advance(int count) {
        int end = current + count;
        for (int i = current; i < end; i++) {
            if (chars[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        current = end;
    }

    private void emit(TokenType type, String text, SourcePosition at, boolean verbatim) {
        tokens.add(new Token(type, text, at, verbatim));
    }

    private void skipBlanks() {
        while (current < size) {
            char c = chars[current];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                advance(1);
            } else if (c == '#') {
                int end = current + 1;
                while (end < size && chars[end] != '\n' && chars[end] != '\r') {
                    end++;
                }
                current = end;
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    /** Skips a comment, counting its lines in the same pass (half of nixpkgs lib is comments). */
    private void blockComment() {
        SourcePosition at = position(current);
        int i = current + 2;
        int lines = 0;
        int lastLineStart = lineStart;
        while (i + 1 < size && (chars[i] != '*' || chars[i + 1] != '/')) {
            if (chars[i] == '\n') {
                lines++;
                lastLineStart = i + 1;
            }
            i++;
        }
        if (i + 1 >= size) {
            throw NixError.syntax(at, "unterminated comment");
        }
        line += lines;
        lineStart = lastLineStart;
        current = i + 2;
    }

    private void code() {
        SourcePosition at = position(current);
        char c = chars[current];
        if (c == '$' && peek(1) == '{') {
            advance(2);
            modes.push(Mode.CODE);
            emit(TokenType.DOLLAR_CURLY, "${", at, false);
            return;
        }
        if (c == '{') {
            advance(1);
            modes.push(Mode.CODE);
            emit(TokenType.LBRACE, "{", at, false);
            return;
        }
        if (c == '}') {
            advance(1);
            if (modes.size() > 1) {
                modes.pop();
            }
            emit(TokenType.RBRACE, "}", at, false);
            return;
        }
        if (c == '"') {
            advance(1);
            modes.push(Mode.STRING);
            emit(TokenType.DQUOTE_OPEN, "\"", at, false);
            return;
        }
        if (c == '\'' && peek(1) == '\'') {
            advance(2);
            int scan = current;
            while (scan < size && chars[scan] == ' ') {
                scan++;
            }
            if (scan < size && chars[scan] == '\n') {
                advance(scan + 1 - current);
            }
            modes.push(Mode.INDENTED);
            emit(TokenType.IND_OPEN, "''", at, false);
            return;
        }
        if (word(at)) {
            return;
        }
        String text = operator(c);
        if (text != null) {
            advance(text.length());
            emit(OPERATORS.get(text), text, at, false);
            return;
        }
        throw NixError.syntax(at, "syntax error, unexpected '" + printable(c) + "'");
    }

    /** The longest operator starting here (with first character {@code c}), or null. */
    private String operator(char c) {
        if (c == '.' && peek(1) == '.' && peek(2) == '.') {
            return "...";
        }
        char next = peek(1);
        for (String two : TWO_CHARACTER_OPERATORS) {
            if (two.charAt(0) == c && two.charAt(1) == next) {
                return two;
            }
        }
        return c < ONE_CHARACTER_OPERATORS.length ? ONE_CHARACTER_OPERATORS[c] : null;
    }

    private static String printable(char c) {
        return c < 32 || c == 127 ? String.format("\\x%02x", (int) c) : String.valueOf(c);
    }

    /** The length of the word of {@code WORD_TYPES[type]} at the current position, or 0. */
    private int wordLength(int type) {
        return switch (type) {
            case 0 -> Words.id(chars, current, size);
            case 1 -> Words.integer(chars, current, size);
            case 2 -> Words.floating(chars, current, size);
            case 3 -> Words.path(chars, current, size);
            case 4 -> Words.homePath(chars, current, size);
            case 5 -> Words.searchPath(chars, current, size);
            default -> Words.uri(chars, current, size);
        };
    }

    /** Whether a number, path, search path or URI may start here (otherwise it is an operator). */
    private static boolean mayStartWord(char c, char next) {
        if ((c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_') {
            return true;
        }
        return switch (c) {
            case '.', '-', '+' -> Words.pathChar(next) || next == '/';
            case '/', '<' -> Words.pathChar(next);
            case '~' -> next == '/';
            default -> false;
        };
    }

    /** Whether a path (path characters, then a slash) or, after a dot, a float starts here. */
    private boolean pathOrFloatAhead() {
        if (chars[current] == '.' && Character.isDigit(peek(1))) {
            return true;
        }
        int end = current;
        while (end < size && Words.pathChar(chars[end])) {
            end++;
        }
        return end < size && chars[end] == '/';
    }

    /**
     * Whether the word at the current position (starting with a letter or underscore) can only be
     * an identifier or keyword: no path (path characters, then a slash) and no URI (scheme, then a
     * colon).
     */
    private boolean simpleWord() {
        int end = current;
        while (end < size && Words.pathChar(chars[end])) {
            end++;
        }
        if (end < size && chars[end] == '/') {
            return false;
        }
        end = current;
        while (end < size && (Words.pathChar(chars[end]) && chars[end] != '_')) {
            end++;
        }
        return end >= size
                || chars[end] != ':'
                || end + 1 >= size
                || !Words.uriChar(chars[end + 1]);
    }

    /** The end of an integer starting here, or -1 when the digits may start a float or path. */
    private int plainInt() {
        int end = current;
        while (end < size && chars[end] >= '0' && chars[end] <= '9') {
            end++;
        }
        if (end < size) {
            char next = chars[end];
            if (next == '.' || next == 'e' || next == 'E' || next == '/' || Words.pathChar(next)) {
                return -1;
            }
        }
        return end;
    }

    private boolean word(SourcePosition at) {
        char first = chars[current];
        if (((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')
                && simpleWord()) {
            int end = current + 1;
            while (end < size && Words.idChar(chars[end])) {
                end++;
            }
            String text = text(current, end).intern();
            TokenType keyword = KEYWORDS.get(text);
            advance(end - current);
            emit(keyword != null ? keyword : TokenType.ID, text, at, false);
            return true;
        }
        if (first >= '0' && first <= '9') {
            int end = plainInt();
            if (end > 0) {
                String text = text(current, end);
                advance(end - current);
                emit(TokenType.INT, text, at, false);
                return true;
            }
        }
        boolean rootInterpolation = first == '/' && interpolationAt(current + 1);
        if ((!mayStartWord(first, peek(1)) && !rootInterpolation)
                || ((first == '.' || first == '-' || first == '+') && !pathOrFloatAhead())) {
            return false;
        }
        TokenType best = null;
        int bestLength = 0;
        for (int i = 0; i < WORD_TYPES.length; i++) {
            int length = wordLength(i);
            if (length > bestLength) {
                best = WORD_TYPES[i];
                bestLength = length;
            }
        }
        int segment =
                Math.max(
                        Words.pathStart(chars, current, size),
                        Words.homePathStart(chars, current, size));
        if (segment > bestLength) {
            best = chars[current] == '~' ? TokenType.HPATH : TokenType.PATH;
            bestLength = segment - 2;
        }
        if (best == null) {
            return false;
        }
        String text = text(current, current + bestLength);
        if ((best == TokenType.PATH || best == TokenType.HPATH)
                && interpolationAt(current + bestLength)) {
            advance(bestLength);
            modes.push(Mode.PATH);
            emit(best, text, at, true);
            return true;
        }
        if (best == TokenType.ID && KEYWORDS.containsKey(text)) {
            best = KEYWORDS.get(text);
        }
        if ((best == TokenType.PATH || best == TokenType.HPATH) && text.endsWith("/")) {
            throw NixError.syntax(at, "path '" + text + "' has a trailing slash");
        }
        advance(bestLength);
        emit(best, text, at, false);
        return true;
    }

    /** The rest of a path with interpolations: path characters, {@code ${...}}, or its end. */
    private void pathPart() {
        SourcePosition at = position(current);
        if (interpolationAt(current)) {
            advance(2);
            modes.push(Mode.CODE);
            emit(TokenType.DOLLAR_CURLY, "${", at, false);
            return;
        }
        int end = current;
        while (end < size && (Words.pathChar(chars[end]) || chars[end] == '/')) {
            end++;
        }
        if (end > current) {
            String text = text(current, end);
            advance(end - current);
            if (text.endsWith("/") && !interpolationAt(current)) {
                throw NixError.syntax(at, "path has a trailing slash");
            }
            emit(TokenType.STR, text, at, false);
            return;
        }
        modes.pop();
        emit(TokenType.PATH_END, "", at, false);
    }

    private void string() {
        StringBuilder text = new StringBuilder();
        SourcePosition at = position(current);
        while (true) {
            if (current >= size) {
                throw NixError.syntax(
                        position(current), "syntax error, unexpected end of file, expecting '\"'");
            }
            char c = chars[current];
            if (c == '"') {
                flush(TokenType.STR, text, at, true);
                SourcePosition end = position(current);
                advance(1);
                modes.pop();
                emit(TokenType.DQUOTE_CLOSE, "\"", end, false);
                return;
            }
            if (c == '$' && peek(1) == '{') {
                flush(TokenType.STR, text, at, true);
                SourcePosition start = position(current);
                advance(2);
                modes.push(Mode.CODE);
                emit(TokenType.DOLLAR_CURLY, "${", start, false);
                return;
            }
            if (c == '$' && peek(1) == '$') {
                text.append("$$");
                advance(2);
            } else if (c == '\\' && current + 1 < size) {
                text.append(unescape(peek(1)));
                advance(2);
            } else if (c == '\r') {
                text.append('\n');
                advance(peek(1) == '\n' ? 2 : 1);
            } else {
                int end = current + 1;
                while (end < size && plainInString(chars[end])) {
                    end++;
                }
                text.append(chars, current, end - current);
                advance(end - current);
            }
        }
    }

    private static boolean plainInString(char c) {
        return c != '"' && c != '$' && c != '\\' && c != '\r';
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> c;
        };
    }

    private void flush(TokenType type, StringBuilder text, SourcePosition at, boolean verbatim) {
        if (text.length() > 0) {
            emit(type, text.toString(), at, verbatim);
            text.setLength(0);
        }
    }

    private void indented() {
        StringBuilder text = new StringBuilder();
        SourcePosition at = position(current);
        while (true) {
            if (current >= size) {
                throw NixError.syntax(
                        position(current),
                        "syntax error, unexpected end of file, expecting \"''\"");
            }
            char c = chars[current];
            if (c == '\'' && peek(1) == '\'') {
                char next = peek(2);
                if (next == '\'' || next == '$' || (next == '\\' && current + 3 < size)) {
                    flush(TokenType.IND_STR, text, at, true);
                    SourcePosition escapeAt = position(current);
                    String escaped =
                            next == '\''
                                    ? "''"
                                    : next == '$' ? "$" : String.valueOf(unescape(peek(3)));
                    advance(next == '\\' ? 4 : 3);
                    emit(TokenType.IND_STR, escaped, escapeAt, false);
                    at = position(current);
                    continue;
                }
                flush(TokenType.IND_STR, text, at, true);
                SourcePosition end = position(current);
                advance(2);
                modes.pop();
                emit(TokenType.IND_CLOSE, "''", end, false);
                return;
            }
            if (c == '$' && peek(1) == '{') {
                flush(TokenType.IND_STR, text, at, true);
                SourcePosition start = position(current);
                advance(2);
                modes.push(Mode.CODE);
                emit(TokenType.DOLLAR_CURLY, "${", start, false);
                return;
            }
            if (c == '$' && peek(1) == '$') {
                text.append("$$");
                advance(2);
            } else {
                int end = current + 1;
                while (end < size && chars[end] != '\'' && chars[end] != '$') {
                    end++;
                }
                text.append(chars, current, end - current);
                advance(end - current);
            }
        }
    }
}
