/**
 * Unique numeric IDs for services (ports, UIDs, GIDs, ...): the ID resources model, the IDs model
 * that records assignments between runs, and the assignment itself.
 */
package org.dydisnix.model.ids;
