/**
 * Demo data, loaded through the modules' own services on an empty database when
 * {@code SGBRIDGE_DEMO} is on (by default with the embedded database only).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "decision", "directory", "document", "meeting", "pilot", "platform", "report", "studygroup" })
package org.sgbridge.demo;
