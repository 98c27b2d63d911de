package org.dydisnix.nix;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats floats as Nix prints them (C++ stream defaults: six significant digits, like {@code %g}).
 */
final class Floats {
    private static final int PRECISION = 6;

    private Floats() {}

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal rounded =
                new BigDecimal(value).round(new MathContext(PRECISION, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= PRECISION) {
            String digits = stripZeros(rounded.unscaledValue().abs().toString());
            StringBuilder s = new StringBuilder(rounded.signum() < 0 ? "-" : "");
            s.append(digits.charAt(0));
            if (digits.length() > 1) {
                s.append('.').append(digits, 1, digits.length());
            }
            s.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            s.append(magnitude < 10 ? "0" : "").append(magnitude);
            return s.toString();
        }
        String plain =
                rounded.setScale(Math.max(0, PRECISION - 1 - exponent), RoundingMode.HALF_EVEN)
                        .toPlainString();
        if (plain.indexOf('.') >= 0) {
            plain = stripZeros(plain);
            if (plain.endsWith(".")) {
                plain = plain.substring(0, plain.length() - 1);
            }
        }
        return plain;
    }

    /**
     * {@code value} with six decimals, as {@code String.format(Locale.ROOT, "%.6f", value)} gives
     * it (without the formatter's locale look-ups).
     */
    static String fixed(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double magnitude = Math.abs(value);
        String digits =
                Double.isInfinite(magnitude)
                        ? "Infinity"
                        : new BigDecimal(Double.toString(magnitude))
                                .setScale(6, RoundingMode.HALF_UP)
                                .toPlainString();
        return Double.compare(value, 0.0) < 0 ? "-" + digits : digits;
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
