/**
 * Bridging the Standardization Gap: fellowships for delegates of least developed and developing
 * countries as a rule-checked workflow (a call per meeting with a budget in CHF; an application from
 * the delegate's registration, its eligibility computed from the Member States history; the DFP's
 * endorsement; the secretariat's award within the budget and ITU's caps; the holder's obligations
 * read from the meeting's and the document module's data). Who may do what is decided by
 * {@code FellowshipAccess}; its events ({@link org.sgbridge.bsg.FellowshipEvent}) go to the audit trail
 * and to mail. Published schema: {@code bsg_fellowship_history_v}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "directory :: api", "document :: api", "meeting :: api", "platform", "studygroup :: api" })
package org.sgbridge.bsg;
