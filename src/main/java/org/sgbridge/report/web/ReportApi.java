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

	ReportApi(PilotReports reports, PilotAnnex annex) {
		this.reports = reports;
		this.annex = annex;
	}

	/** The annex: every approved SME, as JSON. */
	@GetMapping(value = "/api/v1/reports/pilot/annex", produces = "application/json")
	org.sgbridge.platform.web.ListResponse<PilotAnnex.Row> annex(@RequestParam(required = false) String asOf) {
		return org.sgbridge.platform.web.ListResponse.all(annex.rows(Actor.require(), asOf));
	}

	@GetMapping(value = "/api/v1/reports/pilot/annex", produces = "text/csv")
	org.springframework.http.ResponseEntity<byte[]> annexCsv(@RequestParam(required = false) String asOf) {
		var out = new java.io.ByteArrayOutputStream();
		annex.csv(annex.rows(Actor.require(), asOf), out);
		return file(out, new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "annex.csv");
	}

	@GetMapping(value = "/api/v1/reports/pilot/annex", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	org.springframework.http.ResponseEntity<byte[]> annexXlsx(@RequestParam(required = false) String asOf) {
		var out = new java.io.ByteArrayOutputStream();
		annex.xlsx(annex.rows(Actor.require(), asOf), out);
		return file(out, org.springframework.http.MediaType.parseMediaType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "annex.xlsx");
	}

	private static org.springframework.http.ResponseEntity<byte[]> file(java.io.ByteArrayOutputStream out,
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
