/**
 * Assignments of services to candidate targets that are not graph problems: capacity division,
 * greedy minimum set cover and round robin. Inputs are plain maps in processing order.
 */
package org.dydisnix.graph.assign;
