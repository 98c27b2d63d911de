/**
 * Benchmark mains (test scope, not run by the test suite): DSatur against JGraphT, multiway cut
 * against the original heuristic.
 */
package org.dydisnix.graph.bench;
