package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * nixpkgs lib's own test suite: {@code lib/tests/misc.nix} evaluates to {@code [ ]} when every test
 * passes. nixpkgs is not vendored: set {@code DYDISNIX_NIXPKGS_LIB} to a checkout of
 * nix-community/nixpkgs.lib (otherwise skipped); {@code src/test/nixpkgs-lib/replay-misc.sh}
 * fetches the pinned revision itself.
 */
class NixpkgsLibTest {

    @Test
    void miscTestsAllPass() {
        String dir = System.getenv("DYDISNIX_NIXPKGS_LIB");
        Path misc = dir == null ? null : Path.of(dir, "lib/tests/misc.nix");
        Assumptions.assumeTrue(
                misc != null && Files.exists(misc),
                "DYDISNIX_NIXPKGS_LIB does not name a nixpkgs.lib checkout; skipped");
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        assertThat(evaluator.toNix(evaluator.evaluateFile(misc))).isEqualTo("[ ]");
    }
}
