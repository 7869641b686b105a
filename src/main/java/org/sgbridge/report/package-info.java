/**
 * Reports to Council and the Plenipotentiary Conference, for any past date, from the modules'
 * published history views (never their tables). The pilot's figures are counts kept by day
 * ({@link org.sgbridge.report.PilotCounts}), written with each change of the pilot's history; so
 * are the benefits of the pilot SMEs' participation ({@link org.sgbridge.report.PilotBenefits}),
 * with each change of a registration, a contribution or a decision (the events of those modules'
 * APIs); the rest is aggregated in SQL when asked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "decision :: api", "directory :: api", "document :: api", "meeting :: api", "pilot :: api", "platform", "studygroup :: api" })
package org.sgbridge.report;
