/** One small interface per algorithm family, with its immutable result type. */
package org.dydisnix.graph.interfaces;
