package org.dydisnix.cli.qos;

import java.util.List;
import java.util.Map;
import org.dydisnix.cli.plan.PlanningException;

/** Nix's equality and ordering on plain model data (numbers compare by value). */
final class Values {

    private Values() {}

    /** Whether two values are equal as Nix's {@code ==} says. */
    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Object key : x.keySet()) {
                if (!equal(x.get(key), y.get(key))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** Whether the list has an element equal to the value ({@code elem}). */
    static boolean contains(List<?> list, Object value) {
        for (Object element : list) {
            if (equal(element, value)) {
                return true;
            }
        }
        return false;
    }

    /** Nix's {@code <} as a comparison: numbers by value, strings by code points. */
    static int compare(Object a, Object b, String what) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        throw new PlanningException(
                what + ": cannot compare " + describe(a) + " with " + describe(b));
    }

    private static String describe(Object value) {
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a set";
        }
        return value == null ? "null" : "a Boolean";
    }
}
