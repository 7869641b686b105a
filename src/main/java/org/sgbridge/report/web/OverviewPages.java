package org.sgbridge.report.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.pilot.PilotDecisions;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
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
	private final PilotDecisions decisions;

	OverviewPages(PilotReports reports, InterestRegister interest, FocalPoints focalPoints, MemberStates states,
			AccountManagement accounts, MessageSource messages, Clock clock, PilotDecisions decisions) {
		this.decisions = decisions;
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
		java.util.Map<String, String> names = states.all(today).stream()
			.collect(java.util.stream.Collectors.toMap(s -> s.code(), s -> s.name(locale)));
		model.addAttribute("stateNames", names);
		model.addAttribute("stateRows", MemberStateRows.of(((org.sgbridge.report.PilotFigures) model.getAttribute("figures"))
			.byMemberState(), names, locale));
		model.addAttribute("countries", states.all(today).stream()
			.map(s -> new Option(s.code(), s.name(locale)))
			.sorted(java.util.Comparator.comparing(Option::label, java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("interestsWaiting", interest.search(actor, null, null, null, InterestRegister.FollowUp.WAITING,
				new org.sgbridge.platform.web.ListResponse.Paging(0, 1)).total());
		var current = decisions.current().orElse(null);
		model.addAttribute("periods", decisions.history());
		model.addAttribute("currentPeriod", current);
		boolean open = decisions.isOpen();
		model.addAttribute("pilotState", open ? (current != null && current.endsOn() != null ? "ENDS" : "OPEN")
				: decisions.hasEnded() ? "ENDED" : "CLOSED");
		return "pilot/overview";
	}

	/**
	 * Records the Conference's decision on the pilot. An extension is recorded at once; an end is
	 * first shown on a confirmation page (how many waiting requests lapse, how many SMEs and focal
	 * points are mailed), then recorded when confirmed. A refusal comes back beside its field, with
	 * what was typed.
	 */
	@PostMapping("/pilot/decision")
	String decide(@RequestParam(required = false) String decision, @RequestParam(required = false) String endsOn,
			@RequestParam(required = false) String text, @RequestParam(required = false) boolean confirmed, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		PilotDecisions.Kind kind = PilotDecisions.Kind.parse(decision).orElse(null);
		java.time.LocalDate day;
		try {
			List<Problem.FieldProblem> problems = new java.util.ArrayList<>();
			day = null;
			if (endsOn != null && !endsOn.isBlank()) {
				try {
					day = Dates.parse(endsOn.strip());
				}
				catch (java.time.format.DateTimeParseException | Problem e) {
					problems.add(new Problem.FieldProblem("endsOn", "validation.Invalid"));
				}
			}
			try {
				day = decisions.check(actor, kind, problems.isEmpty() ? day : null, text);
			}
			catch (Problem refused) {
				if (refused.fieldProblems().isEmpty()) {
					throw refused;
				}
				refused.fieldProblems().stream().filter(f -> problems.isEmpty() || !f.field().equals("endsOn"))
					.forEach(problems::add);
			}
			if (!problems.isEmpty()) {
				throw Problem.invalidInput(problems);
			}
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale)
				.at(Map.of("decision", "pilot-decision-EXTEND", "endsOn", "pilot-endsOn", "text", "pilot-text")));
			model.addAttribute("decisionKind", kind == null ? null : kind.name());
			model.addAttribute("decisionEndsOn", endsOn);
			model.addAttribute("decisionText", text);
			return overview(null, model, locale, response);
		}
		if (kind == PilotDecisions.Kind.END && !confirmed) {
			// An end cannot be taken back: say what it does first.
			PilotDecisions.Impact impact = decisions.impact(actor);
			boolean now = !day.isAfter(Dates.today(clock));
			String date = Dates.format(day, locale);
			model.addAttribute("confirmation", Confirmation.of(msg("pilot.decision.confirm.title", locale, date),
					msg(now ? "pilot.decision.confirm.lead.now" : "pilot.decision.confirm.lead.later", locale, date),
					"/pilot/decision", "/pilot/overview#h-period")
				.section("decision-what", msg("pilot.decision.confirm.heading", locale), List.of(
						msg("pilot.decision.endsOn", locale) + ": " + date, msg("pilot.decision.text", locale) + ": " + text.strip()))
				.section("decision-impact", msg("pilot.decision.confirm.impact", locale), List.of(
						msg(now ? "pilot.decision.confirm.lapse.now" : "pilot.decision.confirm.lapse.later", locale,
								impact.openRequests(), date),
						msg("pilot.decision.confirm.smes", locale, impact.smesMailed(), impact.approvedSmes()),
						msg("pilot.decision.confirm.dfps", locale, impact.dfpsMailed())))
				.field("decision", kind.name())
				.field("endsOn", day.toString())
				.field("text", text)
				.danger()
				.build());
			return Confirmation.VIEW;
		}
		decisions.decide(actor, kind, day, text);
		flash.addFlashAttribute("notice", kind == PilotDecisions.Kind.END ? "pilot.decision.ended" : "pilot.decision.extended");
		return "redirect:/pilot/overview#h-period";
	}

	@PostMapping("/pilot/interest/{id}/invitation")
	String invite(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		if (!confirmed) {
			// First step: who will be mailed, about what (a mail cannot be taken back).
			var i = interest.find(id);
			String state = states.find(i.country(), Dates.today(clock)).map(s -> s.name(locale)).orElse(i.country());
			model.addAttribute("confirmation", Confirmation.of(msg("pilot.interest.confirm.title", locale, i.organizationName()),
					msg("pilot.interest.confirm.lead", locale, i.email()), "/pilot/interest/" + id + "/invitation",
					"/pilot/interests")
				.section("interest", msg("pilot.interest.confirm.heading", locale), List.of(
						msg("interest.organization", locale) + ": " + i.organizationName(),
						msg("pilot.country", locale) + ": " + state,
						msg("pilot.groups", locale) + ": " + String.join(", ", i.studyGroups()),
						msg("pilot.interest.confirm.to", locale) + ": " + i.email()))
				.build());
			return Confirmation.VIEW;
		}
		interest.invite(actor, id, locale);
		flash.addFlashAttribute("notice", "pilot.interest.invited");
		return "redirect:/pilot/interests";
	}

	/**
	 * Replaces a Member State's DFPs, in two steps: the first shows the current focal points and
	 * those that will replace them, the second (confirmed) designates them and offers to restore
	 * the previous ones. An empty list is refused on the page (ending all of a state's focal points
	 * is done through the API, where an empty list says so explicitly).
	 */
	@PostMapping("/pilot/focal-points")
	String designate(@RequestParam(required = false) String country, @RequestParam(required = false) String emails,
			@RequestParam(required = false) boolean confirmed, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		var today = Dates.today(clock);
		List<AccountView> chosen = new java.util.ArrayList<>();
		String stateName;
		try {
			List<Problem.FieldProblem> problems = new java.util.ArrayList<>();
			var state = country == null || country.isBlank() ? java.util.Optional.<org.sgbridge.directory.MemberState>empty()
					: states.find(country.strip(), today);
			if (state.isEmpty()) {
				problems.add(new Problem.FieldProblem("country", "pilot.focal-points.country"));
			}
			List<String> typed = Arrays.stream(emails == null ? new String[0] : emails.split("[,;\\s]+"))
				.filter(e -> !e.isBlank())
				.distinct()
				.toList();
			if (typed.isEmpty()) {
				problems.add(new Problem.FieldProblem("emails", "pilot.focal-points.empty"));
			}
			for (String e : typed) {
				accounts.findByEmail(e).ifPresentOrElse(a -> {
					if (chosen.stream().noneMatch(c -> c.id().equals(a.id()))) {
						chosen.add(a);
					}
				}, () -> problems.add(new Problem.FieldProblem("emails", "pilot.focal-points.unknown", e)));
			}
			if (!problems.isEmpty()) {
				throw Problem.invalidInput(problems);
			}
			stateName = state.get().name(locale);
			country = state.get().code();
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale)
				.at(Map.of("country", "dfp-country", "emails", "dfp-emails")));
			model.addAttribute("dfpCountry", country);
			model.addAttribute("dfpEmails", emails);
			return overview(null, model, locale, response);
		}
		List<AccountView> current = focalPoints.ofState(country).stream()
			.map(accounts::find)
			.flatMap(java.util.Optional::stream)
			.toList();
		if (!confirmed) {
			List<String> chosenIds = chosen.stream().map(AccountView::id).toList();
			List<String> currentIds = current.stream().map(AccountView::id).toList();
			var confirmation = Confirmation.of(msg("pilot.focal-points.confirm.title", locale, stateName),
					msg("pilot.focal-points.confirm.lead", locale, stateName), "/pilot/focal-points", "/pilot/overview#h-dfp")
				.section("dfp-now", msg("pilot.focal-points.confirm.now", locale), current.isEmpty()
						? List.of(msg("pilot.focal-points.none", locale)) : current.stream().map(OverviewPages::line).toList())
				.section("dfp-after", msg("pilot.focal-points.confirm.after", locale), chosen.stream().map(OverviewPages::line).toList());
			List<String> leaving = current.stream().filter(a -> !chosenIds.contains(a.id())).map(OverviewPages::line).toList();
			if (!leaving.isEmpty()) {
				confirmation.section("dfp-leaving", msg("pilot.focal-points.confirm.leaving", locale), leaving).danger();
			}
			List<String> arriving = chosen.stream().filter(a -> !currentIds.contains(a.id())).map(OverviewPages::line).toList();
			if (!arriving.isEmpty()) {
				confirmation.section("dfp-arriving", msg("pilot.focal-points.confirm.arriving", locale), arriving);
			}
			model.addAttribute("confirmation", confirmation.field("country", country).field("emails", emails.strip()).build());
			return Confirmation.VIEW;
		}
		focalPoints.designateForState(actor, country, chosen.stream().map(AccountView::id).toList());
		flash.addFlashAttribute("notice", "pilot.focal-points.saved");
		if (!current.isEmpty()) {
			// Undo: the previous focal points, to designate again in one step (a new designation, kept in the history).
			flash.addFlashAttribute("previousFocalPoints", new Previous(country, stateName,
					current.stream().map(AccountView::email).collect(java.util.stream.Collectors.joining(", ")),
					current.stream().map(OverviewPages::line).toList()));
		}
		return "redirect:/pilot/overview";
	}

	/** The focal points before a designation, offered back to the secretariat. */
	record Previous(String country, String stateName, String emails, List<String> lines) implements java.io.Serializable {
	}

	private static String line(AccountView account) {
		return account.name() + " <" + account.email() + ">";
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** A choice of a select list. */
	record Option(String value, String label) {
	}
}
