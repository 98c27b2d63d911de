package org.dydisnix.image.layer;

import java.util.regex.Pattern;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.model.processes.ProcessModelException;

/**
 * The grammar of {@code /etc/passwd}, {@code group}, {@code shadow} and {@code gshadow} fields,
 * written once: fields are separated by {@code :} and records by newlines, so no field ever holds
 * either; names follow useradd's rule; homes and shells are normal absolute paths.
 */
final class AccountFields {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,31}\\$?");

    private AccountFields() {}

    /** Checks a user or group name ({@code what} names the model attribute). */
    static String name(String name, String what, SourcePosition at) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw refused(
                    at,
                    what,
                    name,
                    "a user or group name is 1 to 32 letters, digits, _ . - (not starting with a"
                            + " digit, . or -), optionally ending in $");
        }
        return name;
    }

    /** Checks a home directory or login shell: a normal absolute path without {@code :}. */
    static String path(String path, String what, SourcePosition at) {
        if (!ImagePath.isValid(path) || path.contains(":")) {
            throw refused(at, what, path, "it must be a normal absolute path without ':'");
        }
        return path;
    }

    /**
     * Checks a password field (a hash, {@code !} or {@code *}): no {@code :}, no control
     * characters.
     */
    static String password(String password, String what, SourcePosition at) {
        if (password.contains(":") || hasControl(password)) {
            throw refused(at, what, password, "it cannot hold ':' or control characters");
        }
        return password;
    }

    /** A comment (GECOS) field: {@code :} and control characters become spaces. */
    static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c == ':' || Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c));
    }

    private static ProcessModelException refused(
            SourcePosition at, String what, String value, String rule) {
        return new ProcessModelException(
                at,
                what
                        + " '"
                        + (value == null ? "null" : printable(value))
                        + "' cannot go into the account files: "
                        + rule);
    }

    private static String printable(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
