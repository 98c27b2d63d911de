package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code toString} of a float gives what {@code %.6f} gives, for any double. */
class FloatsPropertyTest {
    @Test
    void fixedIsPercentSixF() {
        double[] special = {
            0.0,
            -0.0,
            5e-7,
            -5e-7,
            4.9999999e-7,
            5.0000001e-7,
            1.5,
            0.1,
            2.5e-6,
            1e20,
            1e300,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            0.0000015,
            0.0000025,
            123456.7890125,
            -999999.9999995
        };
        for (double d : special) {
            assertThat(Floats.fixed(d)).as("%s", d).isEqualTo(percentSixF(d));
        }
        qt().withExamples(5000)
                .forAll(longs().all())
                .checkAssert(
                        bits -> {
                            double d = Double.longBitsToDouble(bits);
                            assertThat(Floats.fixed(d)).as("%s", d).isEqualTo(percentSixF(d));
                        });
        qt().withExamples(5000)
                .forAll(
                        longs().between(-10_000_000_000L, 10_000_000_000L),
                        integers().between(0, 9))
                .checkAssert(
                        (n, scale) -> {
                            double d = n / Math.pow(10, scale);
                            assertThat(Floats.fixed(d)).as("%s", d).isEqualTo(percentSixF(d));
                        });
    }

    @Test
    void toStringOfAFloat() {
        assertThat(
                        new NixEvaluator(java.util.List.of(), "")
                                .evaluateExpression(
                                        "toString (-2.5e-7)", java.nio.file.Path.of("/"))
                                .asString())
                .isEqualTo("-0.000000");
    }

    private static String percentSixF(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }
}
