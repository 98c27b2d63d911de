/**
 * Typed Disnix models (services, infrastructure, distribution) and the readers that build them from
 * model files.
 */
package org.dydisnix.model;
