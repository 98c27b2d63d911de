/**
 * supervisord as the container's process manager: {@code /etc/supervisor} with one program per
 * process.
 */
package org.dydisnix.image.pm.supervisord;
