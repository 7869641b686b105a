package org.sgbridge.report.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.report.PilotReports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's overview of the pilot: the pipeline as of a date, interest to follow up, focal
 * points. It brings together the report's figures, the pilot's interest and the directory's focal
 * points, so it lives here, in the module that depends on the others.
 */
@Controller
class OverviewPages {

	private final PilotReports reports;
	private final InterestRegister interest;
	private final FocalPoints focalPoints;
	private final MemberStates states;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final Clock clock;

	OverviewPages(PilotReports reports, InterestRegister interest, FocalPoints focalPoints, MemberStates states,
			AccountManagement accounts, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.interest = interest;
		this.focalPoints = focalPoints;
		this.states = states;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/pilot/overview")
	String overview(@RequestParam(required = false) String asOf, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		FormErrors errors = model.containsAttribute("errors") ? (FormErrors) model.getAttribute("errors") : FormErrors.none();
		try {
			model.addAttribute("figures", reports.pilot(actor, asOf));
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			errors = FormErrors.of(problem, messages, locale);
			model.addAttribute("figures", reports.pilot(actor, null));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("asOf", asOf == null ? Dates.today(clock).toString() : asOf);
		var today = Dates.today(clock);
		model.addAttribute("stateNames", states.all(today).stream()
			.collect(java.util.stream.Collectors.toMap(s -> s.code(), s -> s.name(locale))));
		model.addAttribute("countries", states.all(today).stream()
			.map(s -> new Option(s.code(), s.name(locale)))
			.sorted(java.util.Comparator.comparing(Option::label, java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("interests", interest.all(actor));
		return "pilot/overview";
	}

	@PostMapping("/pilot/interest/{id}/invitation")
	String invite(@PathVariable String id, Locale locale, RedirectAttributes flash) {
		interest.invite(Actor.requireSecretariat(), id, locale);
		flash.addFlashAttribute("notice", "pilot.interest.invited");
		return "redirect:/pilot/overview";
	}

	@PostMapping("/pilot/focal-points")
	String designate(@RequestParam(required = false) String country, @RequestParam(required = false) String emails,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		try {
			List<String> ids = Arrays.stream(emails == null ? new String[0] : emails.split("[,;\\s]+"))
				.filter(e -> !e.isBlank())
				.map(e -> accounts.findByEmail(e).map(AccountView::id)
					.orElseThrow(() -> Problem.invalidField("emails", "validation.account")))
				.toList();
			if (country == null || country.isBlank()) {
				throw Problem.invalidField("country", "validation.country");
			}
			focalPoints.designateForState(actor, country, ids);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			return overview(null, model, locale, response);
		}
		flash.addFlashAttribute("notice", "pilot.focal-points.saved");
		return "redirect:/pilot/overview";
	}

	/** A choice of a select list. */
	record Option(String value, String label) {
	}
}
