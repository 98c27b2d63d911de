package org.dydisnix.image.pm;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Quoting for POSIX shells (and for supervisord's shlex-parsed {@code command=}). */
public final class Shell {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9,._+:@%/=-]+");

    private Shell() {}

    /** The word as one shell word: as is when it needs no quotes, else single-quoted. */
    public static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words quoted and joined by spaces. */
    public static String join(List<String> words) {
        return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }
}
