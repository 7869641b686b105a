package org.sgbridge.report.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.platform.Actor;
import org.sgbridge.report.BsgReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/bsg?from=&to=}: the BSG report for the secretariat, as JSON, or as
 * DOCX or PDF by {@code Accept} (the same files as the page's downloads); {@code lang} (else the
 * request's language) sets the documents' language.
 */
@RestController
class BsgReportApi {

	private final BsgReport report;

	BsgReportApi(BsgReport report) {
		this.report = report;
	}

	@GetMapping(value = "/api/v1/reports/bsg", produces = "application/json")
	Map<String, Object> json(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return report.json(Actor.require(), from, to);
	}

	@GetMapping(value = { "/api/v1/reports/bsg", "/reports/bsg.docx" }, produces = ReportApi.DOCX)
	ResponseEntity<byte[]> docx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String lang, Locale locale) {
		var out = new ByteArrayOutputStream();
		report.docx(Actor.require(), from, to, language(lang, locale), out);
		return ReportApi.file(out, MediaType.parseMediaType(ReportApi.DOCX), "bsg-report.docx");
	}

	@GetMapping(value = { "/api/v1/reports/bsg", "/reports/bsg.pdf" }, produces = "application/pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String lang, Locale locale) {
		var out = new ByteArrayOutputStream();
		report.pdf(Actor.require(), from, to, language(lang, locale), out);
		return ReportApi.file(out, MediaType.APPLICATION_PDF, "bsg-report.pdf");
	}

	private static Locale language(String lang, Locale locale) {
		return org.sgbridge.platform.Languages.supported(lang).orElse(locale);
	}
}
