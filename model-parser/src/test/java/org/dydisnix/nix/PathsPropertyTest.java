package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Canonical paths are what the JDK's lexical normalisation gives for absolute paths. */
class PathsPropertyTest {
    private static final String[] PARTS = {"a", "bc", ".", "..", "", "/", ".a", "a.", "..."};

    @Test
    void canonicalIsNormalised() {
        qt().withExamples(3000)
                .forAll(longs().all(), integers().between(0, 8))
                .checkAssert(
                        (seed, count) -> {
                            Random random = new Random(seed);
                            StringBuilder path = new StringBuilder("/");
                            for (int i = 0; i < count; i++) {
                                path.append(PARTS[random.nextInt(PARTS.length)]);
                                if (random.nextBoolean()) {
                                    path.append('/');
                                }
                            }
                            String text = path.toString();
                            assertThat(Paths.canonical(text))
                                    .as(text)
                                    .isEqualTo(Path.of(text).normalize().toString());
                        });
    }

    @Test
    void relativeTextIsMadeAbsolute() {
        assertThat(Paths.canonical("a/./b/../c/")).isEqualTo("/a/c");
        assertThat(Paths.canonical("")).isEqualTo("/");
        assertThat(Paths.canonical("../..")).isEqualTo("/");
    }
}
