package org.dydisnix.nix;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/** Source positions as Nix values ({@code __curPos}, {@code unsafeGetAttrPos}): absolute files. */
final class Positions {

    private Positions() {}

    /** The set {@code { file; line; column; }} Nix gives for a position. */
    static NixAttrs value(SourcePosition position) {
        return NixAttrs.of(
                Map.of(
                        "file",
                        NixString.of(file(position.file())),
                        "line",
                        (long) position.line(),
                        "column",
                        (long) position.column()));
    }

    /**
     * The absolute file a position's (possibly working-directory relative) file name stands for.
     */
    static String file(String shown) {
        if (shown.startsWith("/") || shown.startsWith("(") || shown.startsWith("<")) {
            return shown;
        }
        try {
            Path absolute = Path.of("").toAbsolutePath().resolve(shown).normalize();
            return Files.exists(absolute) ? absolute.toString() : shown;
        } catch (InvalidPathException e) {
            return shown;
        }
    }
}
