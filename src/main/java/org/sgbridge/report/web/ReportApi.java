package org.sgbridge.report.web;

import org.sgbridge.platform.Actor;
import org.sgbridge.report.PilotFigures;
import org.sgbridge.report.PilotReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportApi {

	private final PilotReports reports;

	ReportApi(PilotReports reports) {
		this.reports = reports;
	}

	/** The pilot's figures at the end of {@code asOf} (default today), from the recorded history. */
	@GetMapping("/api/v1/reports/pilot")
	PilotFigures pilot(@RequestParam(required = false) String asOf) {
		return reports.pilot(Actor.require(), asOf);
	}
}
