/**
 * The typed processes model of the Nix process management framework: process instances whose {@code
 * pkg} is a managed-process description (createManagedProcess attributes), read from any {@link
 * org.dydisnix.model.ModelNode} tree (Nix, JSON or YAML).
 */
package org.dydisnix.model.processes;
