package org.dydisnix.nix;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.nix.Expr.AttrKey;
import org.dydisnix.nix.Expr.Attrs;
import org.dydisnix.nix.Expr.Binding;
import org.dydisnix.nix.Expr.DynamicBinding;
import org.dydisnix.nix.Expr.Operator;

/**
 * Recursive-descent parser for the Nix language with Nix's operator precedence and associativity.
 */
final class Parser {
    private static final int MAX_DEPTH = 10_000;
    private static final Set<TokenType> SELECT_START =
            EnumSet.of(
                    TokenType.ID,
                    TokenType.INT,
                    TokenType.FLOAT,
                    TokenType.PATH,
                    TokenType.HPATH,
                    TokenType.SPATH,
                    TokenType.URI,
                    TokenType.DQUOTE_OPEN,
                    TokenType.IND_OPEN,
                    TokenType.LPAREN,
                    TokenType.LBRACE,
                    TokenType.LBRACKET,
                    TokenType.REC);

    private final List<Token> tokens;
    private final Path baseDir;
    private int current;
    private int depth;

    private Parser(List<Token> tokens, Path baseDir) {
        this.tokens = tokens;
        this.baseDir = baseDir;
    }

    /**
     * Parses a whole expression.
     *
     * @param file the name used in positions
     * @param baseDir the directory relative paths are resolved against
     */
    static Expr parse(String source, String file, Path baseDir) {
        return parse(source.toCharArray(), file, baseDir);
    }

    /** Parses a whole expression from its characters (which it does not change). */
    static Expr parse(char[] source, String file, Path baseDir) {
        try {
            Parser parser =
                    new Parser(
                            new Lexer(source, file).tokens(), baseDir.toAbsolutePath().normalize());
            Expr expr = parser.expr();
            parser.expect(TokenType.EOF);
            return expr;
        } catch (StackOverflowError e) {
            if (!Guard.onLargeStack()) {
                throw e;
            }
            throw NixError.syntax(SourcePosition.ofFile(file), "expression nested too deeply");
        }
    }

    private Token peek() {
        return tokens.get(current);
    }

    private TokenType peekType(int ahead) {
        int at = Math.min(current + ahead, tokens.size() - 1);
        return tokens.get(at).type();
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private Token advance() {
        Token token = tokens.get(current);
        if (token.type() != TokenType.EOF) {
            current++;
        }
        return token;
    }

    private boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private Token expect(TokenType type) {
        if (!check(type)) {
            throw unexpected();
        }
        return advance();
    }

    private NixError unexpected() {
        Token token = peek();
        return NixError.syntax(token.position(), "syntax error, unexpected " + token.describe());
    }

    Expr expr() {
        if (++depth > MAX_DEPTH) {
            throw NixError.syntax(peek().position(), "expression nested too deeply");
        }
        try {
            return function();
        } finally {
            depth--;
        }
    }

    private Expr function() {
        Token token = peek();
        switch (token.type()) {
            case ID -> {
                if (peekType(1) == TokenType.COLON) {
                    advance();
                    advance();
                    return lambda(token.text(), null, expr(), token.position());
                }
                if (peekType(1) == TokenType.AT && peekType(2) == TokenType.LBRACE) {
                    advance();
                    advance();
                    Expr.Formals formals = formals(token.text());
                    expect(TokenType.COLON);
                    return lambda(token.text(), formals, expr(), token.position());
                }
            }
            case LBRACE -> {
                if (looksLikeFormals()) {
                    Expr.Formals formals = formals(null);
                    String argument = null;
                    if (match(TokenType.AT)) {
                        argument = expect(TokenType.ID).text();
                        checkArgument(formals, argument, token.position());
                    }
                    expect(TokenType.COLON);
                    return lambda(argument, formals, expr(), token.position());
                }
            }
            case ASSERT -> {
                advance();
                Expr condition = expr();
                expect(TokenType.SEMI);
                return new Expr.Assert(condition, expr(), token.position());
            }
            case WITH -> {
                advance();
                Expr scope = expr();
                expect(TokenType.SEMI);
                return new Expr.With(scope, expr(), token.position());
            }
            case LET -> {
                if (peekType(1) != TokenType.LBRACE) {
                    advance();
                    Attrs bindings = bindings(true, TokenType.IN, token.position());
                    if (!bindings.dynamic().isEmpty()) {
                        throw NixError.syntax(
                                bindings.dynamic().get(0).position(),
                                "dynamic attributes not allowed in let");
                    }
                    expect(TokenType.IN);
                    return new Expr.Let(bindings, expr(), token.position());
                }
            }
            case IF -> {
                advance();
                Expr condition = expr();
                expect(TokenType.THEN);
                Expr then = expr();
                expect(TokenType.ELSE);
                return new Expr.If(condition, then, expr(), token.position());
            }
            default -> {}
        }
        return implication();
    }

    private boolean looksLikeFormals() {
        TokenType next = peekType(1);
        if (next == TokenType.RBRACE) {
            TokenType after = peekType(2);
            return after == TokenType.COLON || after == TokenType.AT;
        }
        if (next == TokenType.ELLIPSIS) {
            return true;
        }
        if (next == TokenType.ID) {
            TokenType after = peekType(2);
            return after == TokenType.COMMA
                    || after == TokenType.QUESTION
                    || (after == TokenType.RBRACE
                            && (peekType(3) == TokenType.COLON || peekType(3) == TokenType.AT));
        }
        return false;
    }

    private static void checkArgument(Expr.Formals formals, String argument, SourcePosition at) {
        for (Expr.Formal formal : formals.formals()) {
            if (formal.name().equals(argument)) {
                throw NixError.syntax(at, "duplicate formal function argument '" + argument + "'");
            }
        }
    }

    private Expr.Formals formals(String argument) {
        expect(TokenType.LBRACE);
        List<Expr.Formal> formals = new ArrayList<>();
        boolean ellipsis = false;
        while (!match(TokenType.RBRACE)) {
            if (match(TokenType.ELLIPSIS)) {
                ellipsis = true;
                expect(TokenType.RBRACE);
                break;
            }
            Token name = expect(TokenType.ID);
            for (Expr.Formal formal : formals) {
                if (formal.name().equals(name.text())) {
                    throw NixError.syntax(
                            name.position(),
                            "duplicate formal function argument '" + name.text() + "'");
                }
            }
            Expr fallback = match(TokenType.QUESTION) ? expr() : null;
            formals.add(new Expr.Formal(name.text(), fallback, name.position()));
            if (!check(TokenType.RBRACE)) {
                expect(TokenType.COMMA);
            }
        }
        Expr.Formals result = new Expr.Formals(List.copyOf(formals), ellipsis);
        if (argument != null) {
            checkArgument(result, argument, tokens.get(current - 1).position());
        }
        return result;
    }

    private Expr implication() {
        Expr left = or();
        if (check(TokenType.IMPL)) {
            Token operator = advance();
            return new Expr.Binary(Operator.IMPL, left, implication(), operator.position());
        }
        return left;
    }

    private Expr or() {
        Expr left = and();
        while (check(TokenType.OR)) {
            Token operator = advance();
            left = new Expr.Binary(Operator.OR, left, and(), operator.position());
        }
        return left;
    }

    private Expr and() {
        Expr left = equality();
        while (check(TokenType.AND)) {
            Token operator = advance();
            left = new Expr.Binary(Operator.AND, left, equality(), operator.position());
        }
        return left;
    }

    private Expr equality() {
        Expr left = comparison();
        if (check(TokenType.EQ) || check(TokenType.NEQ)) {
            Token operator = advance();
            left =
                    new Expr.Binary(
                            operator.type() == TokenType.EQ ? Operator.EQ : Operator.NEQ,
                            left,
                            comparison(),
                            operator.position());
            if (check(TokenType.EQ) || check(TokenType.NEQ)) {
                throw unexpected();
            }
        }
        return left;
    }

    private Expr comparison() {
        Expr left = update();
        Operator operator =
                switch (peek().type()) {
                    case LT -> Operator.LT;
                    case LEQ -> Operator.LEQ;
                    case GT -> Operator.GT;
                    case GEQ -> Operator.GEQ;
                    default -> null;
                };
        if (operator == null) {
            return left;
        }
        Token token = advance();
        Expr result = new Expr.Binary(operator, left, update(), token.position());
        TokenType next = peek().type();
        if (next == TokenType.LT
                || next == TokenType.LEQ
                || next == TokenType.GT
                || next == TokenType.GEQ) {
            throw unexpected();
        }
        return result;
    }

    private Expr update() {
        Expr left = not();
        if (check(TokenType.UPDATE)) {
            Token operator = advance();
            return new Expr.Binary(Operator.UPDATE, left, update(), operator.position());
        }
        return left;
    }

    private Expr not() {
        if (check(TokenType.NOT)) {
            Token operator = advance();
            return new Expr.Not(not(), operator.position());
        }
        return additive();
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (check(TokenType.PLUS) || check(TokenType.MINUS)) {
            Token operator = advance();
            left =
                    new Expr.Binary(
                            operator.type() == TokenType.PLUS ? Operator.ADD : Operator.SUB,
                            left,
                            multiplicative(),
                            operator.position());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = concat();
        while (check(TokenType.STAR) || check(TokenType.SLASH)) {
            Token operator = advance();
            left =
                    new Expr.Binary(
                            operator.type() == TokenType.STAR ? Operator.MUL : Operator.DIV,
                            left,
                            concat(),
                            operator.position());
        }
        return left;
    }

    private Expr concat() {
        Expr left = hasAttr();
        if (check(TokenType.CONCAT)) {
            Token operator = advance();
            return new Expr.Binary(Operator.CONCAT, left, concat(), operator.position());
        }
        return left;
    }

    private Expr hasAttr() {
        Expr left = negation();
        if (check(TokenType.QUESTION)) {
            Token operator = advance();
            left = new Expr.HasAttr(left, attrPath(), operator.position());
            if (check(TokenType.QUESTION)) {
                throw unexpected();
            }
        }
        return left;
    }

    private Expr negation() {
        if (check(TokenType.MINUS)) {
            Token operator = advance();
            return new Expr.Negate(negation(), operator.position());
        }
        if (check(TokenType.NOT)) {
            Token operator = advance();
            return new Expr.Not(negation(), operator.position());
        }
        return application();
    }

    private Expr application() {
        Expr function = select();
        List<Expr> arguments = null;
        while (startsSelect()) {
            if (arguments == null) {
                arguments = new ArrayList<>();
            }
            arguments.add(select());
        }
        return arguments == null
                ? function
                : new Expr.Call(function, List.copyOf(arguments), function.position());
    }

    private boolean startsSelect() {
        TokenType type = peek().type();
        return SELECT_START.contains(type)
                || (type == TokenType.LET && peekType(1) == TokenType.LBRACE);
    }

    private Expr select() {
        Expr target = simple();
        if (check(TokenType.DOT)) {
            Token dot = advance();
            List<AttrKey> path = attrPath();
            Expr fallback = match(TokenType.OR_KW) ? select() : null;
            return new Expr.Select(target, path, fallback, dot.position());
        }
        if (check(TokenType.OR_KW)) {
            Token or = advance();
            return new Expr.Call(
                    target, List.of(new Expr.Var("or", or.position())), target.position());
        }
        return target;
    }

    private List<AttrKey> attrPath() {
        List<AttrKey> path = new ArrayList<>();
        path.add(attrKey());
        while (check(TokenType.DOT)) {
            advance();
            path.add(attrKey());
        }
        return List.copyOf(path);
    }

    /** Whether the string {@link #string()} parsed last had an interpolation. */
    private boolean stringInterpolated;

    private AttrKey attrKey() {
        Token token = peek();
        switch (token.type()) {
            case ID, OR_KW -> {
                advance();
                return new AttrKey.Name(token.text());
            }
            case DQUOTE_OPEN -> {
                Expr name = string();
                return name instanceof Expr.StrLit literal && !stringInterpolated
                        ? new AttrKey.Name(literal.value())
                        : new AttrKey.Dynamic(name);
            }
            case DOLLAR_CURLY -> {
                advance();
                Expr name = expr();
                expect(TokenType.RBRACE);
                return name instanceof Expr.StrLit literal
                        ? new AttrKey.Name(literal.value())
                        : new AttrKey.Dynamic(name);
            }
            default -> throw unexpected();
        }
    }

    private Expr simple() {
        if (++depth > MAX_DEPTH) {
            throw NixError.syntax(peek().position(), "expression nested too deeply");
        }
        try {
            return primary();
        } finally {
            depth--;
        }
    }

    private Expr primary() {
        Token token = peek();
        SourcePosition at = token.position();
        switch (token.type()) {
            case ID -> {
                advance();
                return token.text().equals("__curPos")
                        ? new Expr.CurPos(at)
                        : new Expr.Var(token.text(), at);
            }
            case INT -> {
                advance();
                try {
                    return new Expr.IntLit(Long.parseLong(token.text()), at);
                } catch (NumberFormatException e) {
                    throw NixError.syntax(at, "invalid integer '" + token.text() + "'");
                }
            }
            case FLOAT -> {
                advance();
                return new Expr.FloatLit(Double.parseDouble(token.text()), at);
            }
            case DQUOTE_OPEN -> {
                return string();
            }
            case IND_OPEN -> {
                return indentedString();
            }
            case PATH, HPATH -> {
                advance();
                String path =
                        token.type() == TokenType.PATH
                                ? absolute(token.text())
                                : home(token.text());
                if (!token.verbatim()) {
                    return new Expr.PathLit(path, at);
                }
                return interpolatedPath(
                        path + (token.text().endsWith("/") && path.length() > 1 ? "/" : ""), at);
            }
            case SPATH -> {
                advance();
                return new Expr.SearchPath(
                        token.text().substring(1, token.text().length() - 1), at);
            }
            case URI -> {
                advance();
                return new Expr.StrLit(token.text(), at);
            }
            case LPAREN -> {
                advance();
                Expr inner = expr();
                expect(TokenType.RPAREN);
                return inner;
            }
            case LET -> {
                advance();
                expect(TokenType.LBRACE);
                Attrs attrs = bindings(true, TokenType.RBRACE, at);
                expect(TokenType.RBRACE);
                return new Expr.Select(attrs, List.of(new AttrKey.Name("body")), null, at);
            }
            case REC -> {
                advance();
                expect(TokenType.LBRACE);
                Attrs attrs = bindings(true, TokenType.RBRACE, at);
                expect(TokenType.RBRACE);
                return attrs;
            }
            case LBRACE -> {
                advance();
                Attrs attrs = bindings(false, TokenType.RBRACE, at);
                expect(TokenType.RBRACE);
                return attrs;
            }
            case LBRACKET -> {
                advance();
                List<Expr> elements = new ArrayList<>();
                while (!match(TokenType.RBRACKET)) {
                    if (check(TokenType.EOF)) {
                        throw unexpected();
                    }
                    elements.add(select());
                }
                return new Expr.ListOf(List.copyOf(elements), at);
            }
            default -> throw unexpected();
        }
    }

    private static String home(String text) {
        String home = System.getenv("HOME");
        return Paths.get(home == null ? "/" : home, text.substring(2)).normalize().toString();
    }

    private Expr interpolatedPath(String start, SourcePosition at) {
        List<Expr> parts = new ArrayList<>();
        parts.add(new Expr.PathLit(start, at));
        while (!match(TokenType.PATH_END)) {
            Token token = peek();
            if (token.type() == TokenType.STR) {
                advance();
                parts.add(new Expr.StrLit(token.text(), token.position()));
            } else if (token.type() == TokenType.DOLLAR_CURLY) {
                advance();
                parts.add(expr());
                expect(TokenType.RBRACE);
            } else {
                throw unexpected();
            }
        }
        return new Expr.PathInterpolation(List.copyOf(parts), at);
    }

    private String absolute(String text) {
        Path path = text.startsWith("/") ? Paths.get(text) : baseDir.resolve(text);
        return path.normalize().toString();
    }

    private Expr string() {
        Token open = expect(TokenType.DQUOTE_OPEN);
        List<Expr> parts = new ArrayList<>();
        boolean interpolated = false;
        while (!match(TokenType.DQUOTE_CLOSE)) {
            Token token = peek();
            if (token.type() == TokenType.STR) {
                advance();
                parts.add(new Expr.StrLit(token.text(), token.position()));
            } else if (token.type() == TokenType.DOLLAR_CURLY) {
                advance();
                parts.add(expr());
                expect(TokenType.RBRACE);
                interpolated = true;
            } else {
                throw unexpected();
            }
        }
        stringInterpolated = interpolated;
        return concatenation(parts, open.position());
    }

    private static Expr concatenation(List<Expr> parts, SourcePosition at) {
        List<Expr> merged = new ArrayList<>();
        for (Expr part : parts) {
            if (part instanceof Expr.StrLit literal
                    && !merged.isEmpty()
                    && merged.get(merged.size() - 1) instanceof Expr.StrLit previous) {
                merged.set(
                        merged.size() - 1,
                        new Expr.StrLit(previous.value() + literal.value(), previous.position()));
            } else {
                merged.add(part);
            }
        }
        if (merged.isEmpty()) {
            return new Expr.StrLit("", at);
        }
        if (merged.size() == 1 && merged.get(0) instanceof Expr.StrLit literal) {
            return new Expr.StrLit(literal.value(), at);
        }
        return new Expr.Interpolation(List.copyOf(merged), at);
    }

    private Expr indentedString() {
        Token open = expect(TokenType.IND_OPEN);
        List<Object> parts = new ArrayList<>();
        while (!match(TokenType.IND_CLOSE)) {
            Token token = peek();
            if (token.type() == TokenType.IND_STR) {
                advance();
                parts.add(token);
            } else if (token.type() == TokenType.DOLLAR_CURLY) {
                advance();
                parts.add(expr());
                expect(TokenType.RBRACE);
            } else {
                throw unexpected();
            }
        }
        return concatenation(Indentation.strip(parts), open.position());
    }

    private Attrs bindings(boolean recursive, TokenType closing, SourcePosition at) {
        Attrs attrs = new Attrs(recursive, new LinkedHashMap<>(), new ArrayList<>(), at);
        while (!check(closing)) {
            if (check(TokenType.EOF)) {
                throw unexpected();
            }
            if (check(TokenType.INHERIT)) {
                inherit(attrs);
                continue;
            }
            SourcePosition keyAt = peek().position();
            List<AttrKey> path = attrPath();
            expect(TokenType.ASSIGN);
            Expr value = expr();
            expect(TokenType.SEMI);
            addAttr(attrs, path, value, keyAt);
        }
        return attrs;
    }

    private void inherit(Attrs attrs) {
        advance();
        Expr from = null;
        if (match(TokenType.LPAREN)) {
            from = expr();
            expect(TokenType.RPAREN);
        }
        while (!match(TokenType.SEMI)) {
            Token token = peek();
            AttrKey key = attrKey();
            if (!(key instanceof AttrKey.Name name)) {
                throw NixError.syntax(
                        token.position(), "dynamic attributes not allowed in inherit");
            }
            Expr value =
                    from == null
                            ? new Expr.Var(name.name(), token.position())
                            : new Expr.Select(from, List.of(key), null, token.position());
            if (attrs.bindings().containsKey(name.name())) {
                throw duplicate(
                        name.name(),
                        token.position(),
                        attrs.bindings().get(name.name()).position());
            }
            attrs.bindings().put(name.name(), new Binding(value, from == null, token.position()));
        }
    }

    private static NixError duplicate(String path, SourcePosition at, SourcePosition previous) {
        return NixError.of(
                NixError.Kind.DUPLICATE_ATTRIBUTE,
                at,
                "attribute '" + path + "' already defined at " + previous);
    }

    private static void addAttr(Attrs attrs, List<AttrKey> path, Expr value, SourcePosition at) {
        Attrs target = attrs;
        StringBuilder shown = new StringBuilder();
        StringBuilder full = new StringBuilder();
        for (AttrKey key : path) {
            full.append(full.length() == 0 ? "" : ".").append(show(key));
        }
        String fullPath = full.toString();
        for (int i = 0; i < path.size() - 1; i++) {
            AttrKey key = path.get(i);
            shown.append(i == 0 ? "" : ".").append(show(key));
            if (key instanceof AttrKey.Name name) {
                Binding existing = target.bindings().get(name.name());
                if (existing != null) {
                    if (existing.inherited() || !(existing.value() instanceof Attrs nested)) {
                        throw duplicate(fullPath, at, existing.position());
                    }
                    target = nested;
                } else {
                    Attrs nested = new Attrs(false, new LinkedHashMap<>(), new ArrayList<>(), at);
                    target.bindings().put(name.name(), new Binding(nested, false, at));
                    target = nested;
                }
            } else {
                Attrs nested = new Attrs(false, new LinkedHashMap<>(), new ArrayList<>(), at);
                target.dynamic()
                        .add(new DynamicBinding(((AttrKey.Dynamic) key).expr(), nested, at));
                target = nested;
            }
        }
        AttrKey last = path.get(path.size() - 1);
        shown.append(path.size() == 1 ? "" : ".").append(show(last));
        if (last instanceof AttrKey.Name name) {
            Expr named = value instanceof Expr.Lambda lambda ? named(lambda, name.name()) : value;
            Binding existing = target.bindings().get(name.name());
            if (existing == null) {
                target.bindings().put(name.name(), new Binding(named, false, at));
                return;
            }
            if (!existing.inherited()
                    && existing.value() instanceof Attrs into
                    && value instanceof Attrs from) {
                for (Map.Entry<String, Binding> entry : from.bindings().entrySet()) {
                    Binding clash = into.bindings().get(entry.getKey());
                    if (clash != null) {
                        throw duplicate(
                                shown + "." + entry.getKey(),
                                entry.getValue().position(),
                                clash.position());
                    }
                    into.bindings().put(entry.getKey(), entry.getValue());
                }
                into.dynamic().addAll(from.dynamic());
                return;
            }
            throw duplicate(shown.toString(), at, existing.position());
        }
        target.dynamic().add(new DynamicBinding(((AttrKey.Dynamic) last).expr(), value, at));
    }

    private static String show(AttrKey key) {
        return key instanceof AttrKey.Name name ? name.name() : "\"${...}\"";
    }

    private static Expr.Lambda lambda(
            String argument, Expr.Formals formals, Expr body, SourcePosition at) {
        return new Expr.Lambda(
                null,
                argument,
                formals,
                body,
                at,
                StrictBodies.keepNoScope(body, formals == null ? argument : null));
    }

    /** The function with the name it is bound to, for traces (unless it has one). */
    private static Expr.Lambda named(Expr.Lambda l, String name) {
        return l.name() != null
                ? l
                : new Expr.Lambda(
                        name, l.argument(), l.formals(), l.body(), l.position(), l.strict());
    }
}
