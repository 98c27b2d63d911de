/**
 * Root file systems as layers: an index of the base image's files, the tree of files the image
 * adds, the accounts merged into {@code /etc/passwd} and friends, and the reproducible layer
 * written from them.
 */
package org.dydisnix.image.layer;
