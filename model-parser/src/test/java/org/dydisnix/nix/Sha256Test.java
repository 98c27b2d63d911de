package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.dydisnix.model.ModelNode;
import org.junit.jupiter.api.Test;

/** Our SHA-256 gives the FIPS 180-4 test vectors and the JDK's digest of any input. */
class Sha256Test {
    @Test
    void fipsVectors() {
        assertThat(hex(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(
                        hex(
                                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                                        + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"))
                .isEqualTo("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
        assertThat(HexFormat.of().formatHex(Sha256.of(new byte[1_000_000])))
                .isEqualTo("d29751f2649b32ff572b5e0a9f541ea660a50f94ff0beedfb0b692b924cc8025");
    }

    @Test
    void millionTimesA() {
        Sha256 sha = new Sha256();
        for (int i = 0; i < 1_000_000; i++) {
            sha.write('a');
        }
        assertThat(HexFormat.of().formatHex(sha.digest()))
                .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    @Test
    void sameAsTheJdkAroundBlockBoundaries() {
        qt().withExamples(400)
                .forAll(longs().all(), integers().between(0, 200))
                .checkAssert(
                        (seed, length) -> {
                            byte[] data = new byte[length];
                            new Random(seed).nextBytes(data);
                            assertThat(Sha256.of(data)).isEqualTo(jdk(data));
                        });
    }

    @Test
    void sameAsTheJdkWrittenInPieces() {
        qt().withExamples(300)
                .forAll(longs().all(), integers().between(0, 600))
                .checkAssert(
                        (seed, length) -> {
                            Random random = new Random(seed);
                            byte[] data = new byte[length];
                            random.nextBytes(data);
                            Sha256 sha = new Sha256();
                            int at = 0;
                            while (at < length) {
                                int piece = Math.min(length - at, random.nextInt(130));
                                if (piece == 1) {
                                    sha.write(data[at]);
                                } else {
                                    sha.write(data, at, piece);
                                }
                                at += piece;
                            }
                            assertThat(sha.digest()).isEqualTo(jdk(data));
                        });
    }

    @Test
    void hashStringGivesIt() {
        String text = "é".repeat(70);
        ModelNode node =
                new NixEvaluator(List.of(), "")
                        .evaluateExpression(
                                "builtins.hashString \"sha256\" \"" + text + "\"", Path.of("/"));
        assertThat(node.asString())
                .isEqualTo(HexFormat.of().formatHex(jdk(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(Sha256.of(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] jdk(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
