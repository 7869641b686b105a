/**
 * Demo data, loaded through the modules' own services on an empty database when
 * {@code SGBRIDGE_DEMO} is on (by default with the embedded database only).
 */
package org.sgbridge.demo;
