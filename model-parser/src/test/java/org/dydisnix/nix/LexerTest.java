package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<TokenType> types(String source) {
        return new Lexer(source, "f").tokens().stream().map(Token::type).toList();
    }

    @Test
    void tokensCarryLineAndColumn() {
        List<Token> tokens = new Lexer("{\n  a = 1;\n}", "f.nix").tokens();
        Token a = tokens.get(1);
        assertThat(a.type()).isEqualTo(TokenType.ID);
        assertThat(a.position().toString()).isEqualTo("f.nix:2:3");
        assertThat(tokens.get(3).position().column()).isEqualTo(7);
    }

    @Test
    void longestMatchDecidesBetweenPathsUrisAndIdentifiers() {
        assertThat(types("a/b")).containsExactly(TokenType.PATH, TokenType.EOF);
        assertThat(types("a / b"))
                .containsExactly(TokenType.ID, TokenType.SLASH, TokenType.ID, TokenType.EOF);
        assertThat(types("x:x")).containsExactly(TokenType.URI, TokenType.EOF);
        assertThat(types("x: x"))
                .containsExactly(TokenType.ID, TokenType.COLON, TokenType.ID, TokenType.EOF);
        assertThat(types("foldl' if iffy"))
                .containsExactly(TokenType.ID, TokenType.IF, TokenType.ID, TokenType.EOF);
        assertThat(types("1.5 1e3 .5"))
                .containsExactly(
                        TokenType.FLOAT,
                        TokenType.INT,
                        TokenType.ID,
                        TokenType.FLOAT,
                        TokenType.EOF);
        assertThat(types("<nixpkgs> a < b"))
                .containsExactly(
                        TokenType.SPATH, TokenType.ID, TokenType.LT, TokenType.ID, TokenType.EOF);
        assertThat(types("{ ... }"))
                .containsExactly(
                        TokenType.LBRACE, TokenType.ELLIPSIS, TokenType.RBRACE, TokenType.EOF);
    }

    @Test
    void blockCommentsCountTheirLinesAndOperatorsMatchLongestFirst() {
        List<Token> tokens = new Lexer("/* a\n  b */ x /**/ ->\n/*/ */...!=!", "f.nix").tokens();
        assertThat(tokens.stream().map(Token::type).toList())
                .containsExactly(
                        TokenType.ID,
                        TokenType.IMPL,
                        TokenType.ELLIPSIS,
                        TokenType.NEQ,
                        TokenType.NOT,
                        TokenType.EOF);
        assertThat(tokens.get(0).position().toString()).isEqualTo("f.nix:2:8");
        assertThat(tokens.get(1).position().toString()).isEqualTo("f.nix:2:15");
        assertThat(tokens.get(2).position().toString()).isEqualTo("f.nix:3:7");
        assertThat(tokens.get(3).text()).isEqualTo("!=");
        assertThatThrownBy(() -> types("x\n  /*/"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("f:2:3")
                .hasMessageContaining("unterminated comment");
    }

    @Test
    void stringsAndInterpolationsNest() {
        assertThat(types("\"a${ { b = \"c\"; }.b }d\""))
                .containsExactly(
                        TokenType.DQUOTE_OPEN,
                        TokenType.STR,
                        TokenType.DOLLAR_CURLY,
                        TokenType.LBRACE,
                        TokenType.ID,
                        TokenType.ASSIGN,
                        TokenType.DQUOTE_OPEN,
                        TokenType.STR,
                        TokenType.DQUOTE_CLOSE,
                        TokenType.SEMI,
                        TokenType.RBRACE,
                        TokenType.DOT,
                        TokenType.ID,
                        TokenType.RBRACE,
                        TokenType.STR,
                        TokenType.DQUOTE_CLOSE,
                        TokenType.EOF);
        List<Token> escaped = new Lexer("\"\\n\\t\\$${x}\"", "f").tokens();
        assertThat(escaped.get(1).text()).isEqualTo("\n\t$");
    }

    @Test
    void indentedStringEscapesAreNotIndentation() {
        List<Token> tokens = new Lexer("''\n  a ''$ b '''\n''", "f").tokens();
        assertThat(tokens)
                .filteredOn(t -> t.type() == TokenType.IND_STR)
                .extracting(Token::text, Token::verbatim)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("  a ", true),
                        org.assertj.core.groups.Tuple.tuple("$", false),
                        org.assertj.core.groups.Tuple.tuple(" b ", true),
                        org.assertj.core.groups.Tuple.tuple("''", false),
                        org.assertj.core.groups.Tuple.tuple("\n", true));
    }

    @Test
    void interpolatedPathsEndWithPathEnd() {
        assertThat(types("./a/${x}.nix;"))
                .containsExactly(
                        TokenType.PATH,
                        TokenType.DOLLAR_CURLY,
                        TokenType.ID,
                        TokenType.RBRACE,
                        TokenType.STR,
                        TokenType.PATH_END,
                        TokenType.SEMI,
                        TokenType.EOF);
    }

    @Test
    void unterminatedInputIsASyntaxError() {
        assertThatThrownBy(() -> types("\"abc"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("f:1:5");
        assertThatThrownBy(() -> types("/* x"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> types("./a/"))
                .isInstanceOf(NixError.class)
                .hasMessageContaining("trailing slash");
    }
}
