/** Multiway cut: the isolating-cut approximation and an exact search for small instances. */
package org.dydisnix.graph.cut;
