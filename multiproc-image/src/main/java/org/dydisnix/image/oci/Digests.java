package org.dydisnix.image.oci;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in the {@code sha256:<hex>} form OCI uses. */
public final class Digests {
    private Digests() {}

    /** A new SHA-256 message digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** {@code sha256:<hex>} of a finished digest. */
    public static String format(MessageDigest digest) {
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of some bytes. */
    public static String of(byte[] bytes) {
        MessageDigest digest = sha256();
        digest.update(bytes);
        return format(digest);
    }

    /** The digest of a file's bytes. */
    public static String of(Path file) throws IOException {
        SlicedDigest digest = new SlicedDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.finish();
    }

    /** The hex part of a {@code sha256:} digest, checked. */
    public static String hex(String digest) throws IOException {
        if (!digest.matches("sha256:[0-9a-f]{64}")) {
            throw new IOException("unsupported or malformed digest '" + digest + "'");
        }
        return digest.substring("sha256:".length());
    }
}
