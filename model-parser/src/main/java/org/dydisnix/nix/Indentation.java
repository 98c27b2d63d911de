package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;

/** Removes the common leading indentation of an indented string ({@code '' ... ''}) as Nix does. */
final class Indentation {

    private Indentation() {}

    /**
     * @param parts {@link Token}s of string text and {@link Expr}s of interpolations, in order
     * @return the parts as expressions with the indentation removed
     */
    static List<Expr> strip(List<Object> parts) {
        int minIndent = minimumIndentation(parts);
        List<Expr> result = new ArrayList<>();
        boolean atStartOfLine = true;
        int dropped = 0;
        int remaining = parts.size();
        for (Object part : parts) {
            remaining--;
            if (part instanceof Expr expr) {
                atStartOfLine = false;
                dropped = 0;
                result.add(expr);
                continue;
            }
            Token token = (Token) part;
            String text = token.text();
            StringBuilder kept = new StringBuilder();
            for (int j = 0; j < text.length(); j++) {
                char c = text.charAt(j);
                if (atStartOfLine) {
                    if (c == ' ') {
                        if (dropped++ >= minIndent) {
                            kept.append(c);
                        }
                    } else if (c == '\n') {
                        dropped = 0;
                        kept.append(c);
                    } else {
                        atStartOfLine = false;
                        dropped = 0;
                        kept.append(c);
                    }
                } else {
                    kept.append(c);
                    if (c == '\n') {
                        atStartOfLine = true;
                    }
                }
            }
            String stripped = kept.toString();
            if (remaining == 0) {
                int newline = stripped.lastIndexOf('\n');
                if (newline >= 0 && onlySpaces(stripped, newline + 1)) {
                    stripped = stripped.substring(0, newline + 1);
                }
            }
            result.add(new Expr.StrLit(stripped, token.position()));
        }
        return result;
    }

    private static int minimumIndentation(List<Object> parts) {
        boolean atStartOfLine = true;
        int minIndent = Integer.MAX_VALUE;
        int indent = 0;
        for (Object part : parts) {
            if (!(part instanceof Token token) || !token.verbatim()) {
                if (atStartOfLine) {
                    atStartOfLine = false;
                    minIndent = Math.min(minIndent, indent);
                }
                continue;
            }
            String text = token.text();
            for (int j = 0; j < text.length(); j++) {
                char c = text.charAt(j);
                if (atStartOfLine) {
                    if (c == ' ') {
                        indent++;
                    } else if (c == '\n') {
                        indent = 0;
                    } else {
                        atStartOfLine = false;
                        minIndent = Math.min(minIndent, indent);
                    }
                } else if (c == '\n') {
                    atStartOfLine = true;
                    indent = 0;
                }
            }
        }
        return minIndent;
    }

    private static boolean onlySpaces(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
