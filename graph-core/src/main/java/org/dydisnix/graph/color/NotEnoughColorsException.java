package org.dydisnix.graph.color;

import org.dydisnix.graph.interfaces.VertexColoring.Coloring;

/** Thrown when a colouring needs more colours than the caller allows. */
public final class NotEnoughColorsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int colorsNeeded;
    private final int colorsAvailable;
    private final transient Coloring coloring;

    /**
     * Creates the exception.
     *
     * @param colorsNeeded the number of colours of the unconstrained colouring
     * @param colorsAvailable the maximum number of colours allowed
     * @param coloring the unconstrained colouring that was found
     */
    public NotEnoughColorsException(int colorsNeeded, int colorsAvailable, Coloring coloring) {
        super(
                "colouring needs "
                        + colorsNeeded
                        + " colours but only "
                        + colorsAvailable
                        + " are available");
        this.colorsNeeded = colorsNeeded;
        this.colorsAvailable = colorsAvailable;
        this.coloring = coloring;
    }

    /**
     * Returns the number of colours the algorithm needed.
     *
     * @return the colour count of the unconstrained colouring
     */
    public int colorsNeeded() {
        return colorsNeeded;
    }

    /**
     * Returns the number of colours that were allowed.
     *
     * @return the limit
     */
    public int colorsAvailable() {
        return colorsAvailable;
    }

    /**
     * Returns the unconstrained colouring, which uses {@link #colorsNeeded()} colours.
     *
     * @return the colouring
     */
    public Coloring coloring() {
        return coloring;
    }
}
