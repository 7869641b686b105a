/**
 * Demo data, loaded through the modules' own services on an empty database when
 * {@code SGBRIDGE_DEMO} is on (by default with the embedded database only).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "bsg :: api", "decision :: api", "directory :: api", "document :: api", "meeting :: api", "membership :: api", "pilot :: api", "platform", "report :: api", "studygroup :: api" })
package org.sgbridge.demo;
