package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;

/** Nix's version strings: splitting into components and ordering them ({@code compareVersions}). */
final class Versions {

    private Versions() {}

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The next component starting at {@code position[0]}, advancing it; empty at the end. */
    private static String next(String version, int[] position) {
        int p = position[0];
        while (p < version.length() && (version.charAt(p) == '.' || version.charAt(p) == '-')) {
            p++;
        }
        int start = p;
        if (p < version.length()) {
            if (digit(version.charAt(p))) {
                while (p < version.length() && digit(version.charAt(p))) {
                    p++;
                }
            } else {
                while (p < version.length()
                        && !digit(version.charAt(p))
                        && version.charAt(p) != '.'
                        && version.charAt(p) != '-') {
                    p++;
                }
            }
        }
        position[0] = p;
        return version.substring(start, p);
    }

    static List<String> split(String version) {
        List<String> parts = new ArrayList<>();
        int[] position = {0};
        while (position[0] < version.length()) {
            String part = next(version, position);
            if (part.isEmpty()) {
                break;
            }
            parts.add(part);
        }
        return parts;
    }

    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    private static boolean less(String c1, String c2) {
        Integer n1 = number(c1);
        Integer n2 = number(c2);
        if (n1 != null && n2 != null) {
            return n1 < n2;
        } else if (c1.isEmpty() && n2 != null) {
            return true;
        } else if (c1.equals("pre") && !c2.equals("pre")) {
            return true;
        } else if (c2.equals("pre")) {
            return false;
        } else if (n2 != null) {
            return true;
        } else if (n1 != null) {
            return false;
        }
        return Strings.compareBytes(c1, c2) < 0;
    }

    static int compare(String v1, String v2) {
        int[] p1 = {0};
        int[] p2 = {0};
        while (p1[0] < v1.length() || p2[0] < v2.length()) {
            String c1 = next(v1, p1);
            String c2 = next(v2, p2);
            if (less(c1, c2)) {
                return -1;
            } else if (less(c2, c1)) {
                return 1;
            }
        }
        return 0;
    }
}
