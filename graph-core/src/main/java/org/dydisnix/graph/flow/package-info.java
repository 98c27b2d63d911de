/** Maximum flow and minimum s-t cut on weighted undirected graphs. */
package org.dydisnix.graph.flow;
