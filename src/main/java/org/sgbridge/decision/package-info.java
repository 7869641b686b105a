/**
 * Decisions on draft Recommendations and Resolutions (consent, determination, approval, adoption,
 * agreement; by TAP, AAP or consensus at a meeting), their input contributions, and the positions
 * and comments of the organisations entitled to them (DecisionRights decides who).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "directory :: api", "document :: api", "meeting :: api", "platform", "studygroup :: api" })
package org.sgbridge.decision;
