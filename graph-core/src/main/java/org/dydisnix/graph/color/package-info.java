/** Vertex colouring algorithms: DSatur and an exact branch and bound. */
package org.dydisnix.graph.color;
