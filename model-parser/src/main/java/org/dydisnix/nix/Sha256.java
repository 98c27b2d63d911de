package org.dydisnix.nix;

import java.io.OutputStream;

/**
 * SHA-256 (FIPS 180-4) of the bytes written to it: the evaluator's hashes of store paths, NARs and
 * {@code builtins.hashString}, without the JDK's security-provider framework (whose first lookup
 * costs an evaluation ~40 ms of start-up work).
 */
final class Sha256 extends OutputStream {
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2
    };

    private final int[] state = {
        0x6a09e667,
        0xbb67ae85,
        0x3c6ef372,
        0xa54ff53a,
        0x510e527f,
        0x9b05688c,
        0x1f83d9ab,
        0x5be0cd19
    };
    private final int[] schedule = new int[64];
    private final byte[] block = new byte[64];
    private int filled;
    private long length;

    /** The SHA-256 of {@code data}. */
    static byte[] of(byte[] data) {
        Sha256 sha = new Sha256();
        sha.write(data, 0, data.length);
        return sha.digest();
    }

    @Override
    public void write(int b) {
        block[filled++] = (byte) b;
        length++;
        if (filled == 64) {
            compress(block, 0);
            filled = 0;
        }
    }

    @Override
    public void write(byte[] data, int offset, int count) {
        length += count;
        int end = offset + count;
        if (filled > 0) {
            int taken = Math.min(64 - filled, count);
            System.arraycopy(data, offset, block, filled, taken);
            filled += taken;
            offset += taken;
            if (filled < 64) {
                return;
            }
            compress(block, 0);
            filled = 0;
        }
        for (; end - offset >= 64; offset += 64) {
            compress(data, offset);
        }
        System.arraycopy(data, offset, block, 0, end - offset);
        filled = end - offset;
    }

    /** The hash of everything written: 32 bytes. The digest is not to be written to afterwards. */
    byte[] digest() {
        long bits = length * 8;
        write(0x80);
        while (filled != 56) {
            write(0);
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            write((int) (bits >>> shift));
        }
        byte[] hash = new byte[32];
        for (int i = 0; i < 8; i++) {
            int word = state[i];
            hash[4 * i] = (byte) (word >>> 24);
            hash[4 * i + 1] = (byte) (word >>> 16);
            hash[4 * i + 2] = (byte) (word >>> 8);
            hash[4 * i + 3] = (byte) word;
        }
        return hash;
    }

    private void compress(byte[] data, int offset) {
        int[] w = schedule;
        for (int t = 0; t < 16; t++) {
            int i = offset + 4 * t;
            w[t] =
                    (data[i] << 24)
                            | ((data[i + 1] & 0xff) << 16)
                            | ((data[i + 2] & 0xff) << 8)
                            | (data[i + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int sum1 =
                    Integer.rotateRight(e, 6)
                            ^ Integer.rotateRight(e, 11)
                            ^ Integer.rotateRight(e, 25);
            int choice = (e & f) ^ (~e & g);
            int t1 = h + sum1 + choice + K[t] + w[t];
            int sum0 =
                    Integer.rotateRight(a, 2)
                            ^ Integer.rotateRight(a, 13)
                            ^ Integer.rotateRight(a, 22);
            int majority = (a & b) ^ (a & c) ^ (b & c);
            int t2 = sum0 + majority;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
