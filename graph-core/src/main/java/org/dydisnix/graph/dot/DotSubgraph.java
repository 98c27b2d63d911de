package org.dydisnix.graph.dot;

import java.util.List;
import java.util.Objects;

/**
 * An immutable DOT subgraph; its id starts with {@code cluster} when Graphviz should draw it as a
 * box.
 */
public final class DotSubgraph {
    private final String id;
    private final List<DotStatements.Statement> statements;

    private DotSubgraph(String id, List<DotStatements.Statement> statements) {
        this.id = id;
        this.statements = statements;
    }

    /**
     * Creates a builder for a subgraph with the given id.
     *
     * @param id the subgraph id, any text
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder(Objects.requireNonNull(id, "id cannot be null"));
    }

    /**
     * Creates a builder for a cluster: a subgraph whose id is {@code cluster_} followed by the
     * name.
     *
     * @param name the cluster name
     * @return the builder
     */
    public static Builder cluster(String name) {
        return builder("cluster_" + Objects.requireNonNull(name, "name cannot be null"));
    }

    /**
     * Returns the subgraph id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    void write(StringBuilder sb, boolean directed, int depth) {
        sb.append("subgraph ").append(Dot.quote(id)).append(" {\n");
        DotStatements.writeBody(sb, statements, directed, depth + 1);
        sb.append("  ".repeat(depth)).append("}\n");
    }

    /** Collects the statements of a {@link DotSubgraph}. */
    public static final class Builder extends DotStatements<Builder> {
        private final String id;

        private Builder(String id) {
            this.id = id;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Builds the subgraph.
         *
         * @return the subgraph
         */
        public DotSubgraph build() {
            return new DotSubgraph(id, statements());
        }
    }
}
