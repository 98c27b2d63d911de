package org.dydisnix.cli.options;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts a byte count with an optional binary K, M or G suffix. */
public final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,15})([KMG]?)I?B?");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.toUpperCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new TypeConversionException(
                    "'" + value + "' is not a size (a positive number of bytes, or with K, M, G)");
        }
        int shift =
                switch (m.group(2)) {
                    case "K" -> 10;
                    case "M" -> 20;
                    case "G" -> 30;
                    default -> 0;
                };
        return Long.parseLong(m.group(1)) << shift;
    }
}
