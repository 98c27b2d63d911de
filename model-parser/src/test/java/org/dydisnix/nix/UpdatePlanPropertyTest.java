package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A {@code //} merge plan made for two shapes gives the attributes of a sorted map update, for sets
 * of those shapes, whichever way it was made (few names on the right looked up, many merged), and
 * so does a node met by pairs of shapes once, twice and more.
 */
class UpdatePlanPropertyTest {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 500);

    private static String[] shape(List<Integer> codes) {
        TreeSet<String> names = new TreeSet<>();
        for (int code : codes) {
            names.add("n" + code);
        }
        return names.toArray(new String[0]);
    }

    private static NixAttrs set(String[] names, String tag) {
        Attr[] values = new Attr[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = new Attr(Thunk.of(NixString.of(tag + names[i])), null);
        }
        return new NixAttrs(names, values, null);
    }

    private static Map<String, Thunk> expected(NixAttrs left, NixAttrs right) {
        Map<String, Thunk> map = new TreeMap<>();
        for (int i = 0; i < left.names.length; i++) {
            map.put(left.names[i], left.values[i].value());
        }
        for (int i = 0; i < right.names.length; i++) {
            map.put(right.names[i], right.values[i].value());
        }
        return map;
    }

    private static Map<String, Thunk> actual(NixAttrs set) {
        Map<String, Thunk> map = new TreeMap<>();
        for (int i = 0; i < set.names.length; i++) {
            if (i > 0) {
                assertThat(set.names[i - 1].compareTo(set.names[i])).isNegative();
            }
            map.put(set.names[i], set.values[i].value());
        }
        return map;
    }

    @Test
    void planUpdatesLikeASortedMap() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        lists().of(integers().between(0, 30)).ofSizeBetween(0, 25),
                        lists().of(integers().between(0, 30)).ofSizeBetween(0, 25))
                .checkAssert(
                        (a, b) -> {
                            String[] leftNames = shape(a);
                            String[] rightNames = shape(b);
                            UpdateSite.Plan plan = UpdateSite.Plan.of(leftNames, rightNames);
                            for (int round = 0; round < 2; round++) {
                                NixAttrs left = set(leftNames, "l" + round);
                                NixAttrs right = set(rightNames, "r" + round);
                                NixAttrs result = plan.apply(left, right);
                                assertThat(actual(result)).isEqualTo(expected(left, right));
                                assertThat(result.names).isSameAs(plan.apply(left, right).names);
                                assertThat(actual(NixAttrs.update(left, right)))
                                        .isEqualTo(expected(left, right));
                            }
                        });
    }

    @Test
    void oneSiteUpdatesSetsOfChangingShapes() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        lists().of(lists().of(integers().between(0, 12)).ofSizeBetween(1, 10))
                                .ofSizeBetween(1, 8))
                .checkAssert(
                        shapes -> {
                            UpdateSite site = new UpdateSite();
                            for (int k = 0; k + 1 < shapes.size() * 2; k++) {
                                String[] l = shape(shapes.get(k % shapes.size()));
                                String[] r = shape(shapes.get((k * 7 + 1) % shapes.size()));
                                for (int again = 0; again < 3; again++) {
                                    NixAttrs left = set(l, "l" + k + again);
                                    NixAttrs right = set(r, "r" + k + again);
                                    assertThat(actual(site.update(left, right)))
                                            .isEqualTo(expected(left, right));
                                }
                            }
                        });
    }
}
