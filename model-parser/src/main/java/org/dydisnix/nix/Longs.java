package org.dydisnix.nix;

/**
 * Boxed integers, shared for the values Nix code counts and indexes lists with (up to 2^17 either
 * side of zero), in blocks made when first used.
 */
final class Longs {
    private static final int BLOCK_BITS = 10;
    private static final int BLOCK_MASK = (1 << BLOCK_BITS) - 1;
    private static final long LOW = -(1L << 17);
    private static final long HIGH = (1L << 17) - 1;
    private static final Long[][] BLOCKS = new Long[(int) ((HIGH - LOW + 1) >> BLOCK_BITS)][];

    private Longs() {}

    /** The boxed value, shared when it is small. */
    static Long of(long value) {
        if (value < LOW || value > HIGH) {
            return value;
        }
        int i = (int) (value - LOW);
        Long[] block = BLOCKS[i >>> BLOCK_BITS];
        if (block == null) {
            block = new Long[1 << BLOCK_BITS];
            BLOCKS[i >>> BLOCK_BITS] = block;
        }
        Long boxed = block[i & BLOCK_MASK];
        if (boxed == null) {
            boxed = value;
            block[i & BLOCK_MASK] = boxed;
        }
        return boxed;
    }
}
