package org.sgbridge.report.web;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.report.PilotAnnex;
import org.sgbridge.report.PilotFigures;
import org.sgbridge.report.PilotReports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard's downloads for a signed-in session: the same files as the API's, by page routes,
 * because the API takes no session cookie (so that another site cannot use a visitor's session on
 * it). Who may read them is decided by the same services.
 */
@Controller
class ReportDownloads {

	private static final MediaType XLSX = MediaType.parseMediaType(
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PilotReports reports;
	private final PilotAnnex annex;

	ReportDownloads(PilotReports reports, PilotAnnex annex) {
		this.reports = reports;
		this.annex = annex;
	}

	@GetMapping(value = "/reports/pilot/annex.json", produces = "application/json")
	@ResponseBody
	ResponseEntity<ListResponse<PilotAnnex.Row>> annexJson(@RequestParam(required = false) String asOf) {
		// A file to download holds the whole annex, not the API's first page.
		List<PilotAnnex.Row> rows = annex.rows(Actor.require(), asOf);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"annex.json\"")
			.body(new ListResponse<>(rows, 0, rows.size(), rows.size()));
	}

	@GetMapping("/reports/pilot/annex.csv")
	void annexCsv(@RequestParam(required = false) String asOf, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		ReportApi.csv(annex, Actor.require(), asOf, response);
	}

	@GetMapping("/reports/pilot/annex.xlsx")
	ResponseEntity<byte[]> annexXlsx(@RequestParam(required = false) String asOf) {
		var out = new ByteArrayOutputStream();
		annex.xlsx(annex.rows(Actor.require(), asOf), out);
		return ReportApi.file(out, XLSX, "annex.xlsx");
	}

	@GetMapping(value = "/reports/pilot/figures.json", produces = "application/json")
	@ResponseBody
	ResponseEntity<PilotFigures> figuresJson(@RequestParam(required = false) String asOf) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"pilot-figures.json\"")
			.body(reports.pilot(Actor.require(), asOf));
	}

	@GetMapping("/reports/pilot/figures.csv")
	ResponseEntity<byte[]> figuresCsv(@RequestParam(required = false) String asOf) {
		return ReportApi.figuresCsv(reports.pilot(Actor.require(), asOf));
	}

	@GetMapping("/reports/pilot/figures.xlsx")
	ResponseEntity<byte[]> figuresXlsx(@RequestParam(required = false) String asOf) {
		return ReportApi.figuresXlsx(reports.pilot(Actor.require(), asOf));
	}
}
