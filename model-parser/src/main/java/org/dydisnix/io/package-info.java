/** Output helpers shared by every module: files written atomically. */
package org.dydisnix.io;
