/**
 * Reading base images (OCI archives, docker archives, root file systems) and writing OCI
 * image-layout tarballs.
 */
package org.dydisnix.image.oci;
