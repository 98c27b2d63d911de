package org.dydisnix.graph.color;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference model of the original dydisnix-graphcol heuristic, written from its description
 * (reference notes §1.1), defects included: saturation counts links to coloured neighbours rather
 * than distinct colours; the selection takes the unique maximum, else the first non-null entry of
 * the degree-ordered array; and colouring a vertex with colour {@code c} clears entry {@code c} of
 * that array instead of the vertex's own entry, so the fallback can pick an already coloured vertex
 * again, or nothing.
 */
final class OriginalDydisnixDsatur {
    /**
     * Outcome: colours of the vertices coloured so far, and whether the procedure finished
     * normally.
     */
    record Result(Map<String, Integer> colors, int numberOfColors, boolean completed) {}

    private OriginalDydisnixDsatur() {}

    static Result color(List<String> vertices, List<String[]> links) {
        List<String> nodes = new ArrayList<>(vertices);
        nodes.sort(Comparator.naturalOrder());
        Map<String, List<String>> adjacency = new HashMap<>();
        for (String v : nodes) {
            adjacency.put(v, new ArrayList<>());
        }
        for (String[] link : links) {
            adjacency.get(link[0]).add(link[1]);
            adjacency.get(link[1]).add(link[0]);
        }
        List<String> byDegree = new ArrayList<>(nodes);
        byDegree.sort(Comparator.comparingInt((String v) -> adjacency.get(v).size()).reversed());
        String[] ordered = byDegree.toArray(new String[0]);
        Map<String, Integer> color = new LinkedHashMap<>();
        if (ordered.length == 0) {
            return new Result(Map.of(), 0, false);
        }
        assign(ordered[0], 0, color, ordered);
        long guard = 4L * nodes.size() * nodes.size() + 16;
        while (color.size() < nodes.size()) {
            if (guard-- == 0) {
                return result(color, false);
            }
            String picked = uniqueMaxSaturation(nodes, adjacency, color);
            if (picked == null) {
                picked = Arrays.stream(ordered).filter(v -> v != null).findFirst().orElse(null);
            }
            if (picked == null) {
                return result(color, false);
            }
            assign(picked, lowestFreeColor(picked, adjacency, color), color, ordered);
        }
        return result(color, true);
    }

    private static Result result(Map<String, Integer> color, boolean completed) {
        int max = color.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        return new Result(Map.copyOf(color), max + 1, completed);
    }

    private static void assign(String node, int c, Map<String, Integer> color, String[] ordered) {
        color.put(node, c);
        ordered[c] = null;
    }

    private static String uniqueMaxSaturation(
            List<String> nodes, Map<String, List<String>> adjacency, Map<String, Integer> color) {
        String best = null;
        int bestSaturation = -1;
        boolean unique = false;
        for (String v : nodes) {
            if (color.containsKey(v)) {
                continue;
            }
            int saturation = 0;
            for (String u : adjacency.get(v)) {
                if (color.containsKey(u)) {
                    saturation++;
                }
            }
            if (saturation > bestSaturation) {
                bestSaturation = saturation;
                best = v;
                unique = true;
            } else if (saturation == bestSaturation) {
                unique = false;
            }
        }
        return unique ? best : null;
    }

    private static int lowestFreeColor(
            String v, Map<String, List<String>> adjacency, Map<String, Integer> color) {
        boolean[] used = new boolean[adjacency.get(v).size() + 1];
        for (String u : adjacency.get(v)) {
            Integer c = color.get(u);
            if (c != null && c < used.length) {
                used[c] = true;
            }
        }
        int c = 0;
        while (used[c]) {
            c++;
        }
        return c;
    }
}
