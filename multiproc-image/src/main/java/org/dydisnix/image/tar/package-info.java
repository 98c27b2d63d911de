/** Reproducible tar writing and tar-slip-safe tar reading, on top of commons-compress. */
package org.dydisnix.image.tar;
