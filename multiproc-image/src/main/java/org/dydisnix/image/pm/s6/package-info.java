/**
 * s6 as the container's process manager: a service directory per process under s6-svscan as root
 * process, started in dependency order and stopped in reverse.
 */
package org.dydisnix.image.pm.s6;
