package org.sgbridge.bsg.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.bsg.FellowshipApplication;
import org.sgbridge.bsg.FellowshipBoard;
import org.sgbridge.bsg.FellowshipManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fellowship pages: the calls (with the secretariat's ledger and the form to open one), a call's
 * page (who may apply and until when; the delegate's application from its registration; the
 * secretariat's award screen), and the DFP's applications to endorse, one click each or in bulk. The
 * rules are {@link FellowshipManagement}'s; a refusal is shown beside the field, with what was typed.
 */
@Controller
class FellowshipPages {

	private final FellowshipManagement fellowships;
	private final FellowshipBoard board;
	private final Meetings meetings;
	private final FocalPoints focalPoints;
	private final MessageSource messages;
	private final java.time.Clock clock;

	FellowshipPages(FellowshipManagement fellowships, FellowshipBoard board, Meetings meetings, FocalPoints focalPoints,
			MessageSource messages, java.time.Clock clock) {
		this.fellowships = fellowships;
		this.board = board;
		this.meetings = meetings;
		this.focalPoints = focalPoints;
		this.messages = messages;
		this.clock = clock;
	}

	/** The secretariat's form to open a call, as typed. */
	record CallForm(String meetingId, String budget, String closes) {

		static final CallForm EMPTY = new CallForm("", "", "");
	}

	/** The delegate's application form, as typed. */
	record ApplyForm(String kind, String intendedContribution, String gender) {

		static final ApplyForm EMPTY = new ApplyForm("PARTIAL", "", "");
	}

	@GetMapping("/fellowships")
	String calls(Model model) {
		return callsPage(CallForm.EMPTY, FormErrors.none(), model);
	}

	private String callsPage(CallForm form, FormErrors errors, Model model) {
		Actor actor = Actor.require();
		List<FellowshipBoard.CallRow> rows = board.calls();
		model.addAttribute("calls", actor.isSecretariat() ? rows : rows.stream().filter(FellowshipBoard.CallRow::open).toList());
		model.addAttribute("secretariat", actor.isSecretariat());
		model.addAttribute("dfp", !focalPoints.statesOf(actor.accountId()).isEmpty());
		var mine = fellowships.list(actor, null, new ListResponse.Paging(0, 100)).items().stream()
			.filter(v -> v.application().accountId().equals(actor.accountId()))
			.toList();
		model.addAttribute("mine", mine);
		model.addAttribute("mineMeetings", meetings.findAll(mine.stream().map(v -> v.application().meetingId()).toList()));
		if (actor.isSecretariat()) {
			model.addAttribute("ledger", board.ledger(actor));
			var unmet = board.unmet(actor);
			model.addAttribute("unmet", unmet);
			model.addAttribute("unmetMeetings", board.meetingsOf(unmet));
			java.time.LocalDate today = Dates.today(clock);
			Set<String> withCall = new java.util.HashSet<>(rows.stream().map(r -> r.meeting().id()).toList());
			model.addAttribute("meetingChoices", meetings.list(null, today, null, new ListResponse.Paging(0, 300)).items().stream()
				.filter(m -> m.startDate().isAfter(today) && !withCall.contains(m.id()))
				.toList());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "bsg/calls";
	}

	@PostMapping("/fellowships/calls")
	String open(@RequestParam(required = false) String meetingId, @RequestParam(required = false) String budget,
			@RequestParam(required = false) String closes, Model model, Locale locale, HttpServletResponse response) {
		CallForm form = new CallForm(meetingId, budget, closes);
		try {
			BigDecimal amount = amount(budget, "budget.amount");
			var call = fellowships.openCall(Actor.require(), new FellowshipManagement.NewCall(meetingId, amount, "CHF", closes));
			return "redirect:/fellowships/calls/" + call.call().id() + "?opened";
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			return callsPage(form, FormErrors.of(problem, messages, locale).rename(java.util.Map.of("budget.amount", "budget",
					"budget.currency", "budget")), model);
		}
	}

	@GetMapping("/fellowships/calls/{id}")
	String call(@PathVariable String id, @RequestParam(required = false) String opened, Model model) {
		if (opened != null) {
			model.addAttribute("notice", "fellowship.call.opened");
		}
		return callPage(id, ApplyForm.EMPTY, FormErrors.none(), model);
	}

	private String callPage(String id, ApplyForm form, FormErrors errors, Model model) {
		Actor actor = Actor.require();
		FellowshipManagement.Standing standing = fellowships.standing(actor, id);
		model.addAttribute("standing", standing);
		model.addAttribute("meeting", standing.meeting());
		model.addAttribute("callView", fellowships.call(id));
		if (actor.isSecretariat()) {
			model.addAttribute("screen", board.awardScreen(actor, id));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", FellowshipApplication.Kind.values());
		model.addAttribute("genders", FellowshipApplication.Gender.values());
		return "bsg/call";
	}

	@PostMapping("/fellowships/calls/{id}/applications")
	String apply(@PathVariable String id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String intendedContribution, @RequestParam(required = false) String gender,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.require();
		ApplyForm form = new ApplyForm(kind, intendedContribution, gender);
		FellowshipManagement.Standing standing = fellowships.standing(actor, id);
		try {
			String organization = standing.organization() == null ? null : standing.organization().id();
			if (organization == null) {
				throw Problem.rule("not-registered");
			}
			fellowships.apply(actor, id, organization, kind, intendedContribution, gender);
			flash.addFlashAttribute("notice", "fellowship.applied");
			return "redirect:/fellowships/calls/" + id;
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			return callPage(id, form, FormErrors.of(problem, messages, locale), model);
		}
	}

	/**
	 * The secretariat awards or declines: first a confirmation that says what will be committed (or
	 * that the applicant will read the reason), then the decision; a refusal (the budget, a cap,
	 * another decision first) is shown on the call's page.
	 */
	@PostMapping("/fellowships/applications/{id}/award")
	String award(@PathVariable String id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String reason, @RequestParam(required = false) boolean confirmed, Model model,
			Locale locale, RedirectAttributes flash) {
		Actor actor = Actor.require();
		FellowshipManagement.ApplicationView view = fellowships.find(actor, id);
		FellowshipApplication a = view.application();
		String callId = a.callId();
		boolean award = "AWARD".equals(decision);
		if (!confirmed) {
			Meeting meeting = meetings.find(a.meetingId()).orElseThrow();
			var candidate = board.candidate(actor, id);
			String what = award
					? msg("fellowship.award.confirm.what", locale, candidate.name(), candidate.organization(),
							msg("fellowship.kind." + (kind == null || kind.isBlank() ? "PARTIAL" : kind), locale),
							amount == null ? "" : amount, meeting.title())
					: msg("fellowship.decline.confirm.what", locale, candidate.name(), candidate.organization(),
							reason == null ? "" : reason, meeting.title());
			Confirmation.Builder confirmation = Confirmation.of(
					msg(award ? "fellowship.award.confirm.title" : "fellowship.decline.confirm.title", locale),
					msg(award ? "fellowship.award.confirm.lead" : "fellowship.decline.confirm.lead", locale),
					"/fellowships/applications/" + id + "/award", "/fellowships/calls/" + callId)
				.section("decision", msg("fellowship.confirm.heading", locale), List.of(what))
				.field("decision", decision == null ? "" : decision)
				.field("kind", kind == null ? "" : kind)
				.field("amount", amount == null ? "" : amount)
				.field("reason", reason == null ? "" : reason);
			if (!award) {
				confirmation.danger();
			}
			model.addAttribute("confirmation", confirmation.build());
			return Confirmation.VIEW;
		}
		try {
			BigDecimal chf = award ? amount(amount, "amount.amount") : null;
			fellowships.decide(actor, id, new FellowshipManagement.AwardDecision(decision, kind, chf, "CHF", reason));
			flash.addFlashAttribute("notice", award ? "fellowship.awarded" : "fellowship.declined");
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			flash.addFlashAttribute("problem", describe(problem, locale));
			flash.addFlashAttribute("problemApplication", id);
		}
		return "redirect:/fellowships/calls/" + callId + "#application-" + id;
	}

	/** The DFP's applications to endorse (those of its Member States), oldest first. */
	@GetMapping("/fellowships/endorsements")
	String endorsements(Model model) {
		Actor actor = Actor.require();
		if (focalPoints.statesOf(actor.accountId()).isEmpty()) {
			throw Problem.forbidden("endorse-fellowships");
		}
		var waiting = board.toEndorse(actor);
		model.addAttribute("entries", waiting);
		model.addAttribute("entryMeetings", board.meetingsOf(waiting));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "bsg/endorsements";
	}

	/**
	 * Endorses one application (its row's button), or the ticked ones, or declines the ticked ones
	 * with a reason. Each is decided on its own: one decided meanwhile by another DFP is named, the
	 * others go through.
	 */
	@PostMapping("/fellowships/endorsements")
	String endorse(@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String one,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String reason, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.require();
		Set<String> chosen = new LinkedHashSet<>();
		if (one != null && !one.isBlank()) {
			chosen.add(one);
			decision = "APPROVE";
		}
		else if (ids != null) {
			ids.stream().filter(i -> i != null && !i.isBlank()).forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("errors", FormErrors.of(Problem.invalidField("ids", "validation.choose"), messages, locale));
			model.addAttribute("reason", reason == null ? "" : reason);
			return endorsements(model);
		}
		boolean reject = "REJECT".equals(decision);
		if (reject && (reason == null || reason.isBlank())) {
			response.setStatus(422);
			model.addAttribute("errors", new FormErrors(msg("problem.invalid-input.detail", locale),
					java.util.Map.of("reason", msg("problem.reason-required.fellowship", locale))));
			model.addAttribute("reason", "");
			model.addAttribute("ticked", chosen);
			return endorsements(model);
		}
		int done = 0;
		List<String> refusals = new ArrayList<>();
		for (String id : chosen) {
			try {
				fellowships.endorse(actor, id, reject ? "REJECT" : "APPROVE", reason);
				done++;
			}
			catch (Problem problem) {
				refusals.add(describe(problem, locale));
			}
		}
		flash.addFlashAttribute("decided", done);
		flash.addFlashAttribute("decision", reject ? "REJECT" : "APPROVE");
		flash.addFlashAttribute("refusals", refusals);
		return "redirect:/fellowships/endorsements";
	}

	private String describe(Problem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
	}

	/** An amount as typed on a page ("1200", "1 200,50"): spaces dropped, a decimal comma read as a point. */
	private static BigDecimal amount(String typed, String field) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String cleaned = typed.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
		if (cleaned.indexOf(',') >= 0 && cleaned.indexOf('.') < 0) {
			cleaned = cleaned.replace(',', '.');
		}
		else {
			cleaned = cleaned.replace(",", "");
		}
		try {
			return new BigDecimal(cleaned);
		}
		catch (NumberFormatException e) {
			throw Problem.invalidField(field, "validation.amount");
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
