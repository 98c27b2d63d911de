package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NameSort} orders names as a stable sort by {@link String#compareTo} does, on random names,
 * on sorted runs put side by side (sets merged) and on names with many equal ones.
 */
class NameSortPropertyTest {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);

    private static int[] stableOrder(String[] names) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> names[i]));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void ordersLikeAStableSort() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        lists().of(strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 3))
                                .ofSizeBetween(0, 80))
                .checkAssert(
                        list -> {
                            String[] names = list.toArray(new String[0]);
                            assertThat(NameSort.order(names)).containsExactly(stableOrder(names));
                            String[] sorted = names.clone();
                            NameSort.sort(sorted);
                            assertThat(sorted)
                                    .containsExactly(list.stream().sorted().toArray(String[]::new));
                        });
    }

    @Test
    void mergesSortedRunsPutSideBySide() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        lists().of(
                                        lists().of(
                                                        strings()
                                                                .basicLatinAlphabet()
                                                                .ofLengthBetween(1, 4))
                                                .ofSizeBetween(0, 20))
                                .ofSizeBetween(0, 6),
                        integers().between(0, 3))
                .checkAssert(
                        (runs, unused) -> {
                            List<String> all = new ArrayList<>();
                            for (List<String> run : runs) {
                                all.addAll(run.stream().sorted().toList());
                            }
                            String[] names = all.toArray(new String[0]);
                            assertThat(NameSort.order(names)).containsExactly(stableOrder(names));
                        });
    }

    @Test
    void leavesNoNamesAndOneNameAsTheyAre() {
        assertThat(NameSort.order(new String[0])).isEmpty();
        assertThat(NameSort.order(new String[] {"x"})).containsExactly(0);
        String[] descending = {"c", "b", "a"};
        NameSort.sort(descending);
        assertThat(descending).containsExactly("a", "b", "c");
    }
}
