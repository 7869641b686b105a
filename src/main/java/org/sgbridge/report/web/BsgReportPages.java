package org.sgbridge.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.NavigationItems;
import org.sgbridge.report.BsgPeriod;
import org.sgbridge.report.BsgReport;
import org.sgbridge.report.TrainingFigures;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's BSG pages: the report over a period (each chart with its table, and the DOCX,
 * PDF and JSON downloads), and "Delegates trained" by country, organisation and region (with CSV).
 * A period that is not one comes back with the error beside the dates, and the default period's figures.
 */
@Controller
class BsgReportPages implements NavigationItems {

	private final BsgReport report;
	private final TrainingFigures trainings;
	private final MessageSource messages;
	private final java.time.Clock clock;

	BsgReportPages(BsgReport report, TrainingFigures trainings, MessageSource messages, java.time.Clock clock) {
		this.report = report;
		this.trainings = trainings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		return actor.isSecretariat() ? List.of(Item.tool("/reports/bsg", "nav.bsg"), Item.tool("/reports/bsg/trained", "nav.trained"))
				: List.of();
	}

	/** The period typed, or (with the error beside the field) the default one. */
	private BsgPeriod period(Actor actor, String from, String to, Model model, Locale locale, HttpServletResponse response) {
		try {
			BsgPeriod period = report.period(actor, from, to);
			model.addAttribute("errors", FormErrors.none());
			return period;
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			response.setStatus(400);
			String field = from != null && !from.isBlank() && problem.args().length > 0 && from.equals(problem.args()[0]) ? "from"
					: "to";
			model.addAttribute("errors", FormErrors.of(Problem.invalidField(field, "validation.period.dates"), messages, locale));
			model.addAttribute("fromTyped", from);
			model.addAttribute("toTyped", to);
			return report.period(actor, null, null);
		}
	}

	@GetMapping("/reports/bsg")
	String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale, HttpServletResponse response) {
		Actor actor = Actor.require();
		BsgPeriod period = period(actor, from, to, model, locale, response);
		model.addAttribute("period", period);
		model.addAttribute("figures", report.figures(actor, period, locale));
		return "report/bsg";
	}

	@GetMapping("/reports/bsg/trained")
	String trained(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale, HttpServletResponse response) {
		Actor actor = Actor.require();
		BsgPeriod period = period(actor, from, to, model, locale, response);
		model.addAttribute("period", period);
		model.addAttribute("trained", trainings.trained(actor, period, locale));
		return "report/trained";
	}

	/** The three tables of "Delegates trained" in one CSV (UTF-8 with a byte-order mark): dimension, key, name, delegates. */
	@GetMapping("/reports/bsg/trained.csv")
	void trainedCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			HttpServletResponse response) throws IOException {
		Actor actor = Actor.require();
		TrainingFigures.Trained t = trainings.trained(actor, report.period(actor, from, to), locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename("delegates-trained.csv").build().toString());
		var writer = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\ufeff');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("dimension", "key", "name", "delegates");
			for (var l : t.byCountry()) {
				csv.printRecord("country", l.key(), l.label(), l.delegates());
			}
			for (var l : t.byOrganization()) {
				csv.printRecord("organization", l.key(), l.label(), l.delegates());
			}
			for (var l : t.byRegion()) {
				csv.printRecord("region", l.key(), l.label(), l.delegates());
			}
		}
	}
}
