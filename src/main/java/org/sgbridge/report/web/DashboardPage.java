package org.sgbridge.report.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.report.Charts;
import org.sgbridge.report.PilotDashboard;
import org.sgbridge.report.PilotFigures;
import org.sgbridge.report.PilotReports;
import org.sgbridge.report.WorldMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pilot dashboard: figures as of a date, the map, charts, the trend, the benefits, the national criteria. */
@Controller
class DashboardPage {

	private final PilotReports reports;
	private final PilotDashboard dashboard;
	private final WorldMap map;
	private final MemberStates states;
	private final MessageSource messages;
	private final Clock clock;
	private final org.sgbridge.report.CouncilReport council;

	DashboardPage(PilotReports reports, PilotDashboard dashboard, WorldMap map, MemberStates states,
			MessageSource messages, Clock clock, org.sgbridge.report.CouncilReport council) {
		this.council = council;
		this.reports = reports;
		this.dashboard = dashboard;
		this.map = map;
		this.states = states;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reports/pilot")
	String dashboard(@RequestParam(required = false) String asOf, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = Actor.require();
		PilotFigures figures;
		FormErrors errors = FormErrors.none();
		try {
			figures = reports.pilot(actor, asOf);
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			response.setStatus(400);
			errors = FormErrors.of(problem, messages, locale);
			model.addAttribute("asOfTyped", asOf);
			figures = reports.pilot(actor, null);
		}
		var day = figures.asOf();
		Map<String, MemberState> byCode = new HashMap<>();
		states.all(Dates.today(clock)).forEach(s -> byCode.put(s.code(), s));
		model.addAttribute("figures", figures);
		model.addAttribute("errors", errors);
		Map<String, String> names = byCode.values().stream()
			.collect(java.util.stream.Collectors.toMap(MemberState::code, s -> s.name(locale)));
		model.addAttribute("stateNames", names);
		model.addAttribute("stateRows", MemberStateRows.of(figures.byMemberState(), names, locale));
		model.addAttribute("mapSvg", map.svg(msg("dashboard.map.title", locale, day), figures, locale, msg("dashboard.map.legend", locale)));
		model.addAttribute("groupsSvg", Charts.bars(msg("dashboard.chart.groups", locale, day), figures.byStudyGroup().entrySet()
			.stream().map(e -> new Charts.Bar(e.getKey(), e.getValue().approved())).toList()));
		model.addAttribute("regionsSvg", Charts.bars(msg("dashboard.chart.regions", locale, day), figures.byRegion().entrySet()
			.stream().map(e -> new Charts.Bar(msg("region." + e.getKey(), locale), e.getValue().approved())).toList()));
		if (actor.isSecretariat()) {
			List<PilotDashboard.Month> trend = dashboard.trend(day);
			model.addAttribute("trend", trend);
			model.addAttribute("trendSvg", dashboard.trendChart(trend, msg("dashboard.trend", locale), msg("pilot.status.APPROVED", locale),
					msg("pilot.status.SUBMITTED", locale)));
			model.addAttribute("benefits", dashboard.benefits(day));
			model.addAttribute("criteria", dashboard.criteria().stream()
				.sorted(MemberStateRows.byName(locale, (PilotDashboard.Criteria c) -> names.getOrDefault(c.country(), c.country())))
				.toList());
			if (!model.containsAttribute("texts")) {
				model.addAttribute("texts", council.written());
			}
			model.addAttribute("unwritten", council.unwritten().stream().map(section -> msg("report." + section, locale))
				.collect(java.util.stream.Collectors.joining(", ")));
		}
		return "report/dashboard";
	}

	/** The secretariat saves the analysis or next steps of the report (each version kept); a refusal keeps what was typed. */
	@org.springframework.web.bind.annotation.PostMapping("/reports/pilot/texts")
	String saveTexts(@RequestParam(required = false) String analysis, @RequestParam(name = "next-steps", required = false) String nextSteps,
			@RequestParam(required = false) String asOf, Model model, Locale locale, HttpServletResponse response,
			org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
		Actor actor = Actor.require();
		Map<String, String> typed = new java.util.LinkedHashMap<>();
		typed.put("analysis", analysis);
		typed.put("next-steps", nextSteps);
		try {
			council.saveTexts(actor, typed);
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			Map<String, String> kept = new HashMap<>(council.written());
			typed.forEach((k, v) -> {
				if (v != null && !v.isBlank()) {
					kept.put(k, v);
				}
			});
			model.addAttribute("texts", kept);
			model.addAttribute("textErrors", FormErrors.of(problem, messages, locale));
			String page = dashboard(asOf, model, locale, response);
			response.setStatus(400);
			return page;
		}
		flash.addFlashAttribute("notice", "report.texts.saved");
		return "redirect:/reports/pilot" + (asOf == null || asOf.isBlank() ? "" : "?asOf=" + asOf);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
