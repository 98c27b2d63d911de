package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/**
 * One token: its type, its text (for string fragments the decoded characters) and where it starts.
 *
 * @param verbatim for indented-string fragments: whether the text came from the source as written,
 *     so that its leading spaces count as indentation (escapes do not)
 */
record Token(TokenType type, String text, SourcePosition position, boolean verbatim) {

    /** How the token is shown in syntax errors. */
    String describe() {
        return switch (type) {
            case EOF -> "end of file";
            case STR, IND_STR -> "string content";
            case DQUOTE_OPEN, DQUOTE_CLOSE -> "'\"'";
            case IND_OPEN, IND_CLOSE -> "''''";
            default -> "'" + text + "'";
        };
    }
}
