package org.dydisnix.graph.dot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * An immutable DOT document: a {@code graph} or {@code digraph} with ordered statements.
 *
 * <p>Example: {@code DotGraph.graph().nodeDefaults(DotAttributes.of("shape",
 * "Mrecord")).node("a").edge("a", "b") .build().toDot()}. Node ids and attribute values are always
 * quoted (see {@link Dot#quote(String)}).
 */
public final class DotGraph {
    private final boolean directed;
    private final String id;
    private final List<DotStatements.Statement> statements;

    private DotGraph(boolean directed, String id, List<DotStatements.Statement> statements) {
        this.directed = directed;
        this.id = id;
        this.statements = statements;
    }

    /**
     * Starts an anonymous undirected graph.
     *
     * @return the builder
     */
    public static Builder graph() {
        return new Builder(false, null);
    }

    /**
     * Starts a named undirected graph.
     *
     * @param id the graph id
     * @return the builder
     */
    public static Builder graph(String id) {
        return new Builder(false, Objects.requireNonNull(id, "id cannot be null"));
    }

    /**
     * Starts an anonymous directed graph.
     *
     * @return the builder
     */
    public static Builder digraph() {
        return new Builder(true, null);
    }

    /**
     * Starts a named directed graph.
     *
     * @param id the graph id
     * @return the builder
     */
    public static Builder digraph(String id) {
        return new Builder(true, Objects.requireNonNull(id, "id cannot be null"));
    }

    /**
     * Tells whether this is a {@code digraph}.
     *
     * @return {@code true} if directed
     */
    public boolean isDirected() {
        return directed;
    }

    /**
     * Renders the DOT text, ending with a newline.
     *
     * @return the DOT document
     */
    public String toDot() {
        StringBuilder sb = new StringBuilder();
        sb.append(directed ? "digraph" : "graph");
        if (id != null) {
            sb.append(' ').append(Dot.quote(id));
        }
        sb.append(" {\n");
        DotStatements.writeBody(sb, statements, directed, 1);
        sb.append("}\n");
        return sb.toString();
    }

    /**
     * Writes the DOT text to an appendable.
     *
     * @param out the destination
     * @throws UncheckedIOException if writing fails
     */
    public void writeTo(Appendable out) {
        try {
            out.append(toDot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return toDot();
    }

    /** Collects the statements of a {@link DotGraph}. */
    public static final class Builder extends DotStatements<Builder> {
        private final boolean directed;
        private final String id;

        private Builder(boolean directed, String id) {
            this.directed = directed;
            this.id = id;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Builds the document.
         *
         * @return the DOT graph
         */
        public DotGraph build() {
            return new DotGraph(directed, id, statements());
        }
    }
}
