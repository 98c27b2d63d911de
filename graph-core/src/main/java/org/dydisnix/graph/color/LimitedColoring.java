package org.dydisnix.graph.color;

import java.util.Objects;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.VertexColoring;

/**
 * The colour-limit contract shared by the colourings of this package: the colouring is computed
 * without the limit, and one that needs more colours than allowed is reported by a {@link
 * NotEnoughColorsException} that carries it.
 */
public abstract sealed class LimitedColoring implements VertexColoring
        permits SaturationDegreeColoring, RecoloringSaturationDegreeColoring, ExactColoring {
    /** The colour limit meaning "no limit". */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** The input graph. */
    final UndirectedGraph graph;

    private final int maxColors;

    /**
     * Creates the algorithm.
     *
     * @param graph the input graph
     * @param maxColors the maximum number of colours, at least 0, or {@link #UNLIMITED}
     */
    protected LimitedColoring(UndirectedGraph graph, int maxColors) {
        this.graph = Objects.requireNonNull(graph, "graph cannot be null");
        if (maxColors < 0) {
            throw new IllegalArgumentException(
                    "maximum number of colours must be non-negative: " + maxColors);
        }
        this.maxColors = maxColors;
    }

    /**
     * Returns the colour limit.
     *
     * @return the maximum number of colours, {@link #UNLIMITED} for none
     */
    public final int maxColors() {
        return maxColors;
    }

    /**
     * {@inheritDoc}
     *
     * @throws NotEnoughColorsException if more than the allowed number of colours is needed
     */
    @Override
    public final Coloring getColoring() {
        Coloring coloring = colorWithoutLimit();
        if (coloring.numberOfColors() > maxColors) {
            throw new NotEnoughColorsException(coloring.numberOfColors(), maxColors, coloring);
        }
        return coloring;
    }

    /**
     * Computes the colouring, ignoring the limit.
     *
     * @return the colouring
     */
    abstract Coloring colorWithoutLimit();

    /**
     * Tells whether a colour count is optimal by the count alone: at most one colour, or two on a
     * graph with an edge.
     *
     * @param graph the coloured graph
     * @param colors the number of colours used
     * @return {@code true} if no colouring of the graph uses fewer colours
     */
    static boolean optimalByCount(UndirectedGraph graph, int colors) {
        return colors <= 1 || (colors == 2 && graph.edgeCount() > 0);
    }
}
