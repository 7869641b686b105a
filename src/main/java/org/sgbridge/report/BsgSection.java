package org.sgbridge.report;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * One part of the BSG report (fellowships, trainings, contributions, …): its figures as the API
 * gives them under {@link #key()}, and as the page and the DOCX and PDF files show them, each a
 * chart with its table. A new part is one more Spring bean implementing this: the report, its page
 * and its files take every section, in {@link #order()}.
 */
@NamedInterface("api")
public interface BsgSection {

	/** The key of the section in {@code GET /api/v1/reports/bsg} ({@code fellowships}, {@code course}, …). */
	String key();

	/** Its place in the report, smallest first. */
	int order();

	/** The section's figures over the period, as JSON (maps and numbers). */
	Object json(BsgPeriod period);

	/** The section's figures over the period in the reader's language, each a chart and its table. */
	List<BsgFigure> figures(BsgPeriod period, Locale locale);
}
