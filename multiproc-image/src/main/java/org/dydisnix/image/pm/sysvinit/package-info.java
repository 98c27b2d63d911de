/**
 * sysvinit scripts as the container's processes: LSB-style {@code /etc/rc.d} with a foreground
 * proxy as root process.
 */
package org.dydisnix.image.pm.sysvinit;
