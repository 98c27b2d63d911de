/**
 * Immutable graph types with string-named vertices, compact integer ids and deterministic order.
 */
package org.dydisnix.graph;
