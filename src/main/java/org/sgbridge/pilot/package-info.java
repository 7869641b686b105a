/**
 * The SME pilot: its terms (period, participating groups), expressions of interest, admission
 * requests and the focal point's decision, with the history that reports read. Published schema:
 * the views {@code pilot_admission_history_v}, {@code pilot_admission_v} (each request as it stands) and
 * {@code pilot_interest_group_v}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "audit :: api", "directory :: api", "platform", "studygroup :: api" })
package org.sgbridge.pilot;
