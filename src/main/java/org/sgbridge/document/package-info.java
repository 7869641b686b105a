/**
 * Contributions and other meeting documents: numbering per study group and period, revisions,
 * co-sources, files streamed to the file store and checked by content, text for search, protected
 * downloads. Published schema: {@code document_contribution_v}.
 */
package org.sgbridge.document;
