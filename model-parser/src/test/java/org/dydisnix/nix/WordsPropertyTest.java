package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word matchers match what the regular expressions of Nix's lexer match at every position of
 * random text made of the characters that matter to them.
 */
class WordsPropertyTest {
    private static final String P = "[a-zA-Z0-9._\\-+]";
    private static final String ALPHABET = "aZz0195._-+/~<>:$'{%eE?@&=,!*# \n";

    private interface Word {
        int length(char[] s, int from, int size);
    }

    @Test
    void sameLengthsAsNixLexersExpressions() {
        Pattern[] patterns = {
            Pattern.compile("[a-zA-Z_][a-zA-Z0-9_'\\-]*"),
            Pattern.compile("[0-9]+"),
            Pattern.compile("(([1-9][0-9]*\\.[0-9]*)|(0?\\.[0-9]+))([Ee][+-]?[0-9]+)?"),
            Pattern.compile(P + "*(/" + P + "+)+/?"),
            Pattern.compile("~(/" + P + "+)+/?"),
            Pattern.compile("<" + P + "+(/" + P + "+)*>"),
            Pattern.compile("[a-zA-Z][a-zA-Z0-9+\\-.]*:[a-zA-Z0-9%/?:@&=+$,\\-_.!~*']+"),
            Pattern.compile(P + "*/\\$\\{"),
            Pattern.compile("~/\\$\\{")
        };
        Word[] words = {
            Words::id,
            Words::integer,
            Words::floating,
            Words::path,
            Words::homePath,
            Words::searchPath,
            Words::uri,
            Words::pathStart,
            Words::homePathStart
        };
        qt().withExamples(3000)
                .forAll(longs().all(), integers().between(0, 16))
                .checkAssert(
                        (seed, length) -> {
                            Random random = new Random(seed);
                            char[] text = new char[length];
                            for (int i = 0; i < length; i++) {
                                text[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                            }
                            String source = new String(text);
                            for (int from = 0; from <= length; from++) {
                                for (int w = 0; w < words.length; w++) {
                                    Matcher m = patterns[w].matcher(source).region(from, length);
                                    int expected = m.lookingAt() ? m.end() - from : 0;
                                    assertThat(words[w].length(text, from, length))
                                            .as(
                                                    patterns[w]
                                                            + " at "
                                                            + from
                                                            + " of '"
                                                            + source
                                                            + "'")
                                            .isEqualTo(expected);
                                }
                            }
                        });
    }

    @Test
    void wholeIdentifiersAndDirectoryNamesAsTheirExpressions() {
        Pattern id = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_'\\-]*");
        Pattern directory = Pattern.compile(".*/\\.?$");
        qt().withExamples(3000)
                .forAll(longs().all(), integers().between(0, 6))
                .checkAssert(
                        (seed, length) -> {
                            Random random = new Random(seed);
                            StringBuilder text = new StringBuilder();
                            for (int i = 0; i < length; i++) {
                                text.append("aZ_'-0./\n\r\u2028x".charAt(random.nextInt(12)));
                            }
                            String s = text.toString();
                            assertThat(Words.isId(s)).as(s).isEqualTo(id.matcher(s).matches());
                            assertThat(IoBuiltins.namesDirectory(s))
                                    .as(s)
                                    .isEqualTo(directory.matcher(s).matches());
                        });
    }
}
