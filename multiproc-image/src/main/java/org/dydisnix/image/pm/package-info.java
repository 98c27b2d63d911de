/**
 * Process managers that can run as a container's root process: one {@link
 * org.dydisnix.image.pm.ProcessManagerBackend} per process manager, plus the shell helpers they
 * share.
 */
package org.dydisnix.image.pm;
