package org.dydisnix.graph.dot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dydisnix.graph.Edge;
import org.dydisnix.graph.Graph;

/**
 * The statements shared by graphs and subgraphs: attributes, defaults, nodes, edges and nested
 * subgraphs.
 *
 * <p>Statements are written in the order in which they were added; every node id is quoted.
 *
 * @param <B> the concrete builder type
 */
public abstract sealed class DotStatements<B extends DotStatements<B>>
        permits DotGraph.Builder, DotSubgraph.Builder {
    private final List<Statement> statements = new ArrayList<>();

    DotStatements() {}

    /**
     * Returns this builder as its concrete type.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * Adds a graph attribute statement with a literal value, e.g. {@code label="Services"}.
     *
     * @param key the attribute name
     * @param value the literal value
     * @return this builder
     */
    public B attribute(String key, String value) {
        statements.add(new Statement.Attribute(DotAttributes.of(key, value)));
        return self();
    }

    /**
     * Adds a default-attribute statement for the graph itself ({@code graph [...]}).
     *
     * @param attributes the attributes
     * @return this builder
     */
    public B graphDefaults(DotAttributes attributes) {
        statements.add(new Statement.Defaults("graph", attributes));
        return self();
    }

    /**
     * Adds a default-attribute statement for the nodes that follow ({@code node [...]}).
     *
     * @param attributes the attributes
     * @return this builder
     */
    public B nodeDefaults(DotAttributes attributes) {
        statements.add(new Statement.Defaults("node", attributes));
        return self();
    }

    /**
     * Adds a default-attribute statement for the edges that follow ({@code edge [...]}).
     *
     * @param attributes the attributes
     * @return this builder
     */
    public B edgeDefaults(DotAttributes attributes) {
        statements.add(new Statement.Defaults("edge", attributes));
        return self();
    }

    /**
     * Adds a node statement without attributes.
     *
     * @param id the node id, any text
     * @return this builder
     */
    public B node(String id) {
        return node(id, DotAttributes.empty());
    }

    /**
     * Adds a node statement.
     *
     * @param id the node id, any text
     * @param attributes the node attributes
     * @return this builder
     */
    public B node(String id, DotAttributes attributes) {
        statements.add(
                new Statement.Node(Objects.requireNonNull(id, "id cannot be null"), attributes));
        return self();
    }

    /**
     * Adds an edge statement without attributes.
     *
     * @param from the first node id
     * @param to the second node id
     * @return this builder
     */
    public B edge(String from, String to) {
        return edge(from, to, DotAttributes.empty());
    }

    /**
     * Adds an edge statement; written with {@code --} in a graph and {@code ->} in a digraph.
     *
     * @param from the first node id
     * @param to the second node id
     * @param attributes the edge attributes
     * @return this builder
     */
    public B edge(String from, String to, DotAttributes attributes) {
        statements.add(
                new Statement.EdgeStatement(
                        Objects.requireNonNull(from, "from cannot be null"),
                        Objects.requireNonNull(to, "to cannot be null"),
                        attributes));
        return self();
    }

    /**
     * Adds a node statement for every vertex of a graph (vertex order), then an edge statement for
     * every edge (edge order, written from its source to its target).
     *
     * @param graph the graph to draw
     * @param nodeAttributes the attributes of each vertex, by name
     * @param edgeAttributes the attributes of each edge
     * @return this builder
     */
    public B nodesAndEdges(
            Graph graph,
            Function<String, DotAttributes> nodeAttributes,
            Function<Edge, DotAttributes> edgeAttributes) {
        for (String v : graph.vertices()) {
            node(v, nodeAttributes.apply(v));
        }
        for (Edge e : graph.edges()) {
            edge(e.source(), e.target(), edgeAttributes.apply(e));
        }
        return self();
    }

    /**
     * Adds a nested subgraph or cluster.
     *
     * @param subgraph the subgraph
     * @return this builder
     */
    public B subgraph(DotSubgraph subgraph) {
        statements.add(
                new Statement.Sub(Objects.requireNonNull(subgraph, "subgraph cannot be null")));
        return self();
    }

    List<Statement> statements() {
        return List.copyOf(statements);
    }

    static void writeBody(
            StringBuilder sb, List<Statement> statements, boolean directed, int depth) {
        String indent = "  ".repeat(depth);
        for (Statement s : statements) {
            sb.append(indent);
            if (s instanceof Statement.Attribute a) {
                String text = a.attributes().toString();
                sb.append(text, 1, text.length() - 1).append(";\n");
            } else if (s instanceof Statement.Defaults d) {
                sb.append(d.kind()).append(' ');
                d.attributes().appendTo(sb);
                sb.append(";\n");
            } else if (s instanceof Statement.Node n) {
                sb.append(Dot.quote(n.id()));
                appendAttributes(sb, n.attributes());
                sb.append(";\n");
            } else if (s instanceof Statement.EdgeStatement e) {
                sb.append(Dot.quote(e.from()))
                        .append(directed ? " -> " : " -- ")
                        .append(Dot.quote(e.to()));
                appendAttributes(sb, e.attributes());
                sb.append(";\n");
            } else if (s instanceof Statement.Sub sub) {
                sub.subgraph().write(sb, directed, depth);
            }
        }
    }

    private static void appendAttributes(StringBuilder sb, DotAttributes attributes) {
        if (!attributes.isEmpty()) {
            sb.append(' ');
            attributes.appendTo(sb);
        }
    }

    /** One statement of a graph body. */
    sealed interface Statement {
        /** A graph attribute assignment. */
        record Attribute(DotAttributes attributes) implements Statement {}

        /** A {@code graph}, {@code node} or {@code edge} default-attribute statement. */
        record Defaults(String kind, DotAttributes attributes) implements Statement {}

        /** A node statement. */
        record Node(String id, DotAttributes attributes) implements Statement {}

        /** An edge statement. */
        record EdgeStatement(String from, String to, DotAttributes attributes)
                implements Statement {}

        /** A nested subgraph. */
        record Sub(DotSubgraph subgraph) implements Statement {}
    }
}
