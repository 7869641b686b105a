/**
 * Contributions and other meeting documents: numbering per study group and period, revisions,
 * co-sources, files streamed to the file store and checked by content, text for search, protected
 * downloads, and the one policy ({@code ContributionRules}) that says who may submit, revise and
 * withdraw and why not, which the {@code Contribution} aggregate applies; its events
 * ({@code ContributionEvent}) go to the audit trail. Published schema: {@code document_contribution_v}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit :: api", "directory :: api", "meeting :: api", "pilot :: api", "platform", "studygroup :: api" })
package org.sgbridge.document;
