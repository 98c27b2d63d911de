package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static String tree(String source) {
        return ExprPrinter.print(Parser.parse(source, "f", Path.of("/base")));
    }

    @Test
    void operatorsFollowNixPrecedenceAndAssociativity() {
        assertThat(tree("1 + 2 * 3 - 4")).isEqualTo("((1 + (2 * 3)) - 4)");
        assertThat(tree("a -> b -> c")).isEqualTo("(a -> (b -> c))");
        assertThat(tree("a || b && c")).isEqualTo("(a || (b && c))");
        assertThat(tree("a // b // c")).isEqualTo("(a // (b // c))");
        assertThat(tree("a ++ b ++ c")).isEqualTo("(a ++ (b ++ c))");
        assertThat(tree("!a == b")).isEqualTo("((!a) == b)");
        assertThat(tree("!a + b")).isEqualTo("(!(a + b))");
        assertThat(tree("- f x")).isEqualTo("(-(f x))");
        assertThat(tree("f x.y or z w")).isEqualTo("(f (x.y or z) w)");
        assertThat(tree("s ? a.b == true")).isEqualTo("((s ? a.b) == true)");
        assertThat(tree("[ f x ]")).isEqualTo("[ f x ]");
    }

    @Test
    void nestedAttributePathsAreMerged() {
        assertThat(tree("{ a.b = 1; a.c = 2; d = { e = 3; }; d.f = 4; }"))
                .isEqualTo("{ a = { b = 1; c = 2; }; d = { e = 3; f = 4; }; }");
        assertThatThrownBy(() -> tree("{ a.b = 1; a.b = 2; }"))
                .isInstanceOf(NixError.class)
                .hasMessage("f:1:12: attribute 'a.b' already defined at f:1:3");
    }

    @Test
    void functionsTakeEveryPatternForm() {
        assertThat(tree("{ a, b ? a, ... }@args: a")).isEqualTo("({ a, b ? a, ... } @ args: a)");
        assertThat(tree("args@{ a }: a")).isEqualTo("({ a } @ args: a)");
        assertThat(tree("{}: 1")).isEqualTo("({ }: 1)");
        assertThat(tree("{ }")).isEqualTo("{ }");
    }

    @Test
    void pathsAreResolvedAgainstTheBaseDirectory() {
        assertThat(tree("./x/../y")).isEqualTo("/base/y");
        assertThat(tree("/abs/./p")).isEqualTo("/abs/p");
    }

    @Test
    void legacyLetSelectsBody() {
        assertThat(tree("let { a = 1; body = a; }")).isEqualTo("rec { a = 1; body = a; }.body");
    }

    @Test
    void syntaxErrorsNameTheUnexpectedToken() {
        assertThatThrownBy(() -> tree("{ a = 1; }}"))
                .hasMessage("f:1:11: syntax error, unexpected '}'");
        assertThatThrownBy(() -> tree("let a = 1;"))
                .hasMessage("f:1:11: syntax error, unexpected end of file");
        assertThatThrownBy(() -> tree("1 < 2 < 3")).isInstanceOf(NixError.class);
    }
}
