/** Graphviz DOT text generation with safe quoting, clusters, record labels and colour palettes. */
package org.dydisnix.graph.dot;
