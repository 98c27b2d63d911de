package org.dydisnix.nix;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/** A hash with its algorithm, parsed from base-16, Nix base-32, base-64 or SRI text. */
record NixHash(String algorithm, byte[] bytes) {
    private static final Map<String, Integer> SIZES =
            Map.of("md5", 16, "sha1", 20, "sha256", 32, "sha512", 64);

    static NixHash parse(String text, String algorithm, SourcePosition at) {
        String algo = algorithm;
        String rest = text;
        int dash = text.indexOf('-');
        int colon = text.indexOf(':');
        if (colon > 0 && SIZES.containsKey(text.substring(0, colon))) {
            algo = text.substring(0, colon);
            rest = text.substring(colon + 1);
        } else if (dash > 0 && SIZES.containsKey(text.substring(0, dash))) {
            algo = text.substring(0, dash);
            rest = text.substring(dash + 1);
            return new NixHash(algo, decodeBase64(rest, SIZES.get(algo), text, at));
        }
        Integer size = SIZES.get(algo);
        if (size == null) {
            throw NixError.of(
                    NixError.Kind.EVAL,
                    at,
                    algo.isEmpty()
                            ? "hash '" + text + "' does not include a type"
                            : "unknown hash algorithm '" + algo + "'");
        }
        if (rest.isEmpty()) {
            return new NixHash(algo, new byte[size]);
        }
        if (rest.length() == size * 2) {
            try {
                return new NixHash(algo, HexFormat.of().parseHex(rest.toLowerCase()));
            } catch (IllegalArgumentException e) {
                throw invalid(text, at);
            }
        }
        if (rest.length() == (size * 8 - 1) / 5 + 1) {
            return new NixHash(algo, Store.base32Decode(rest, size, () -> invalid(text, at)));
        }
        return new NixHash(algo, decodeBase64(rest, size, text, at));
    }

    private static byte[] decodeBase64(String rest, int size, String text, SourcePosition at) {
        try {
            byte[] bytes = Base64.getDecoder().decode(rest);
            if (bytes.length != size) {
                throw invalid(text, at);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw invalid(text, at);
        }
    }

    private static NixError invalid(String text, SourcePosition at) {
        return NixError.of(NixError.Kind.EVAL, at, "invalid hash '" + text + "'");
    }
}
