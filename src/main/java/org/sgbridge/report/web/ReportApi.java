package org.sgbridge.report.web;

import org.sgbridge.platform.Actor;
import org.sgbridge.report.PilotAnnex;
import org.sgbridge.report.PilotFigures;
import org.sgbridge.report.PilotReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportApi {

	private final PilotReports reports;
	private final PilotAnnex annex;
	private final org.sgbridge.report.CouncilReport council;
	private final org.sgbridge.report.WorldMap map;
	private final org.springframework.context.MessageSource messages;

	ReportApi(PilotReports reports, PilotAnnex annex, org.sgbridge.report.CouncilReport council,
			org.sgbridge.report.WorldMap map, org.springframework.context.MessageSource messages) {
		this.reports = reports;
		this.annex = annex;
		this.council = council;
		this.map = map;
		this.messages = messages;
	}

	/**
	 * The dashboard's map as SVG: each Member State with a count (a dot where the map has no shape
	 * for it), titled "Name: count" in the request's language, coloured by its legend class.
	 */
	@GetMapping(value = "/api/v1/reports/pilot/map", produces = "image/svg+xml")
	org.springframework.http.ResponseEntity<String> pilotMap(@RequestParam(required = false) String asOf,
			java.util.Locale locale) {
		PilotFigures f = reports.pilot(Actor.require(), asOf);
		String svg = map.svg(messages.getMessage("dashboard.map.title", new Object[] { f.asOf() }, locale), f, locale,
				messages.getMessage("dashboard.map.legend", null, locale));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(new org.springframework.http.MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Language", locale.toLanguageTag())
			.body(svg);
	}

	/** The dashboard's figures as CSV (UTF-8 with a byte-order mark): one row per slice. */
	@GetMapping(value = "/api/v1/reports/pilot", produces = "text/csv")
	org.springframework.http.ResponseEntity<byte[]> pilotCsv(@RequestParam(required = false) String asOf) {
		return figuresCsv(reports.pilot(Actor.require(), asOf));
	}

	static org.springframework.http.ResponseEntity<byte[]> figuresCsv(PilotFigures f) {
		var out = new java.io.ByteArrayOutputStream();
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			var csv = new org.apache.commons.csv.CSVPrinter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
					org.apache.commons.csv.CSVFormat.RFC4180);
			csv.printRecord("as_of", "dimension", "key", "approved", "in_admission", "interested");
			csv.printRecord(f.asOf(), "total", "", f.totals().approved(), f.totals().inAdmission(), f.totals().interested());
			for (var slice : slices(f).entrySet()) {
				for (var e : slice.getValue().entrySet()) {
					csv.printRecord(f.asOf(), slice.getKey(), e.getKey(), e.getValue().approved(), e.getValue().inAdmission(),
							e.getValue().interested());
				}
			}
			csv.flush();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return file(out, new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "pilot-figures.csv");
	}

	/** The dashboard's figures as XLSX: one sheet, one row per slice. */
	@GetMapping(value = "/api/v1/reports/pilot", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	org.springframework.http.ResponseEntity<byte[]> pilotXlsx(@RequestParam(required = false) String asOf) {
		return figuresXlsx(reports.pilot(Actor.require(), asOf));
	}

	static org.springframework.http.ResponseEntity<byte[]> figuresXlsx(PilotFigures f) {
		var out = new java.io.ByteArrayOutputStream();
		try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
			var sheet = book.createSheet("Figures");
			String[] header = { "As of", "Dimension", "Key", "Approved", "In admission", "Interested" };
			var h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			int r = 1;
			var total = sheet.createRow(r++);
			cells(total, f.asOf().toString(), "total", "", f.totals().approved(), f.totals().inAdmission(), f.totals().interested());
			for (var slice : slices(f).entrySet()) {
				for (var e : slice.getValue().entrySet()) {
					cells(sheet.createRow(r++), f.asOf().toString(), slice.getKey(), e.getKey(), e.getValue().approved(),
							e.getValue().inAdmission(), e.getValue().interested());
				}
			}
			book.write(out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return file(out, org.springframework.http.MediaType.parseMediaType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "pilot-figures.xlsx");
	}

	private static java.util.Map<String, java.util.Map<String, PilotFigures.Counts>> slices(PilotFigures f) {
		var slices = new java.util.LinkedHashMap<String, java.util.Map<String, PilotFigures.Counts>>();
		slices.put("sector", f.bySector());
		slices.put("study_group", f.byStudyGroup());
		slices.put("member_state", f.byMemberState());
		slices.put("region", f.byRegion());
		return slices;
	}

	private static void cells(org.apache.poi.ss.usermodel.Row row, String asOf, String dimension, String key, long approved,
			long inAdmission, long interested) {
		row.createCell(0).setCellValue(asOf);
		row.createCell(1).setCellValue(dimension);
		row.createCell(2).setCellValue(key);
		row.createCell(3).setCellValue(approved);
		row.createCell(4).setCellValue(inAdmission);
		row.createCell(5).setCellValue(interested);
	}

	/** The annex: every approved SME, as JSON, a page at a time (numbered and cut by its query). */
	@GetMapping(value = "/api/v1/reports/pilot/annex", produces = "application/json")
	org.sgbridge.platform.web.ListResponse<PilotAnnex.Row> annex(@RequestParam(required = false) String asOf) {
		PilotAnnex.Page page = annex.page(Actor.require(), asOf, org.sgbridge.platform.web.ListResponse::requested);
		return new org.sgbridge.platform.web.ListResponse<>(page.items(), page.paging().page(), page.paging().size(), page.total());
	}

	/** The whole annex as CSV, written to the response as its rows are read. */
	@GetMapping(value = "/api/v1/reports/pilot/annex", produces = "text/csv")
	void annexCsv(@RequestParam(required = false) String asOf, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		csv(annex, Actor.require(), asOf, response);
	}

	/**
	 * Writes the annex's CSV to the response as an attachment; who may read it and the date are
	 * checked before anything is written, so that a refusal is still answered as a problem.
	 */
	static void csv(PilotAnnex annex, Actor actor, String asOf, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		var out = new java.io.OutputStream() {

			private java.io.OutputStream body;

			private java.io.OutputStream body() throws java.io.IOException {
				if (body == null) {
					response.setContentType("text/csv;charset=UTF-8");
					response.setHeader("Content-Disposition",
							org.springframework.http.ContentDisposition.attachment().filename("annex.csv").build().toString());
					body = new java.io.BufferedOutputStream(response.getOutputStream(), 32 * 1024);
				}
				return body;
			}

			@Override
			public void write(int b) throws java.io.IOException {
				body().write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws java.io.IOException {
				body().write(b, off, len);
			}

			@Override
			public void flush() throws java.io.IOException {
				body().flush();
			}
		};
		annex.csv(actor, asOf, out);
		out.flush();
	}

	@GetMapping(value = "/api/v1/reports/pilot/annex", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	org.springframework.http.ResponseEntity<byte[]> annexXlsx(@RequestParam(required = false) String asOf) {
		var out = new java.io.ByteArrayOutputStream();
		annex.xlsx(annex.rows(Actor.require(), asOf), out);
		return file(out, org.springframework.http.MediaType.parseMediaType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "annex.xlsx");
	}

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** The progress report to Council/PP as DOCX; {@code lang} sets the language of its headings (English by default). */
	@GetMapping(value = { "/api/v1/reports/pilot/council", "/reports/pilot/council.docx" }, produces = DOCX)
	org.springframework.http.ResponseEntity<byte[]> councilDocx(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String lang) {
		var out = new java.io.ByteArrayOutputStream();
		council.docx(Actor.require(), asOf, language(lang), out);
		return file(out, org.springframework.http.MediaType.parseMediaType(DOCX), "pilot-report.docx");
	}

	@GetMapping(value = { "/api/v1/reports/pilot/council", "/reports/pilot/council.pdf" }, produces = "application/pdf")
	org.springframework.http.ResponseEntity<byte[]> councilPdf(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String lang) {
		var out = new java.io.ByteArrayOutputStream();
		council.pdf(Actor.require(), asOf, language(lang), out);
		return file(out, org.springframework.http.MediaType.APPLICATION_PDF, "pilot-report.pdf");
	}

	private static java.util.Locale language(String lang) {
		return org.sgbridge.platform.Languages.supported(lang).orElse(java.util.Locale.ENGLISH);
	}

	static org.springframework.http.ResponseEntity<byte[]> file(java.io.ByteArrayOutputStream out,
			org.springframework.http.MediaType type, String name) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition", org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

	/** The pilot's figures at the end of {@code asOf} (default today), from the recorded history. */
	@GetMapping(value = "/api/v1/reports/pilot", produces = "application/json")
	PilotFigures pilot(@RequestParam(required = false) String asOf) {
		return reports.pilot(Actor.require(), asOf);
	}
}
