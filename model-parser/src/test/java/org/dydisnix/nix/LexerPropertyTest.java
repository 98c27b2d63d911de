package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexer reads text with characters beyond Latin-1 (which Java keeps as UTF-16) as it reads
 * Latin-1 text.
 */
class LexerPropertyTest {
    private static final char LATIN1 = '\u00e9';
    private static final char WIDE = '\u0113';

    private static List<Token> tokens(String source) {
        try {
            return new Lexer(source, "f.nix").tokens();
        } catch (NixError e) {
            return List.of(new Token(TokenType.EOF, e.firstLine(), null, false));
        }
    }

    private static Token narrowed(Token token) {
        return new Token(
                token.type(),
                token.text().replace(WIDE, LATIN1),
                token.position(),
                token.verbatim());
    }

    @Test
    void wideCharactersLexLikeLatin1Ones() {
        qt().withExamples(300)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            String source =
                                    ExprPrinter.print(new ExprGenerator(seed).expr(5, List.of()));
                            List<Token> latin1 = tokens(source);
                            assertThat(tokens(source.replace(LATIN1, WIDE)))
                                    .as(source)
                                    .map(LexerPropertyTest::narrowed)
                                    .isEqualTo(latin1);
                            List<Token> commented = tokens(source + "\n# \u2713 " + WIDE);
                            assertThat(commented.subList(0, commented.size() - 1))
                                    .as(source)
                                    .isEqualTo(latin1.subList(0, latin1.size() - 1));
                        });
    }

    @Test
    void theGeneratedSourcesHoldLatin1Characters() {
        String source = ExprPrinter.print(new ExprGenerator(7).expr(8, List.of()));
        for (long seed = 0; seed < 1000 && !source.contains(String.valueOf(LATIN1)); seed++) {
            source = ExprPrinter.print(new ExprGenerator(seed).expr(8, List.of()));
        }
        assertThat(tokens(source.replace(LATIN1, WIDE)))
                .anyMatch(token -> token.text().indexOf(WIDE) >= 0);
    }
}
