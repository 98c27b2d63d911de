package org.dydisnix.nix;

import java.util.List;

/**
 * A parsed POSIX regular expression, compiled into states (again for each copy a bounded repeat
 * needs).
 */
sealed interface RegexNode {

    record Alternation(List<RegexNode> branches) implements RegexNode {}

    record Sequence(List<RegexNode> items) implements RegexNode {}

    record Bytes(boolean[] set) implements RegexNode {}

    record Group(int index, RegexNode body) implements RegexNode {}

    record Anchor(boolean begin) implements RegexNode {}

    record Repeat(RegexNode body, int min, int max) implements RegexNode {}
}
