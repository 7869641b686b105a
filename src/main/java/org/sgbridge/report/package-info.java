/**
 * Reports to Council and the Plenipotentiary Conference, for any past date, from the modules'
 * published history views (never their tables). The pilot's figures are counts kept by day
 * ({@link org.sgbridge.report.PilotCounts}), written with each change of the pilot's history;
 * the rest is aggregated in SQL when asked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "directory :: api", "pilot :: api", "platform", "studygroup :: api" })
package org.sgbridge.report;
