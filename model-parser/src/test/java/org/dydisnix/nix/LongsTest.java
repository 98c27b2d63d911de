package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongsTest {

    @Test
    void listIndicesAndCountsShareOneBoxEachWayOfZero() {
        for (long value :
                new long[] {0, 1, -1, 65_536, 99_999, -100_000, (1 << 17) - 1, -(1 << 17)}) {
            assertThat(Longs.of(value)).isEqualTo(value).isSameAs(Longs.of(value));
        }
    }

    @Test
    void largerValuesAreBoxedAsThemselves() {
        for (long value : new long[] {1 << 17, -(1 << 17) - 1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(Longs.of(value)).isEqualTo(value);
        }
    }
}
