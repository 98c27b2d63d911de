package org.dydisnix.nix;

/** Boxed integers, shared for the small values Nix code counts with. */
final class Longs {
    private static final int LOW = -1024;
    private static final int HIGH = 65535;
    private static final Long[] CACHE = new Long[HIGH - LOW + 1];

    private Longs() {}

    /** The boxed value, shared when it is small. */
    static Long of(long value) {
        if (value < LOW || value > HIGH) {
            return value;
        }
        int i = (int) value - LOW;
        Long boxed = CACHE[i];
        if (boxed == null) {
            boxed = value;
            CACHE[i] = boxed;
        }
        return boxed;
    }
}
