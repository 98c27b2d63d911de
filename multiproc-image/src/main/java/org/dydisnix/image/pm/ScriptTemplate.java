package org.dydisnix.image.pm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shell script kept as a resource under {@code org/dydisnix/image/scripts/} with {@code @NAME@}
 * placeholders; every placeholder must be given a value and every value must be used. Values are
 * inserted as they are: callers quote them for the shell ({@link Shell#quote}).
 */
public final class ScriptTemplate {
    /** Where the scripts are, relative to the class path root. */
    public static final String DIR = "org/dydisnix/image/scripts/";

    private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Z][A-Z0-9_]*)@");

    private ScriptTemplate() {}

    /** The script {@code name} with its placeholders replaced by {@code values}. */
    public static String render(String name, Map<String, String> values) {
        String text = text(name);
        Set<String> unused = new HashSet<>(values.keySet());
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException(
                        "script " + name + " needs a value for @" + key + "@");
            }
            unused.remove(key);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("script " + name + " has no placeholder " + unused);
        }
        return out.toString();
    }

    /** The script {@code name} as it is (no placeholders). */
    public static String text(String name) {
        try (InputStream in =
                ScriptTemplate.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
