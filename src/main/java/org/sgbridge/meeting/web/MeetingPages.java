package org.sgbridge.meeting.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.directory.Memberships;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingDocuments;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting pages: the calendar, registration for several meetings at once, one's registrations and letters. */
@Controller
class MeetingPages {

	private final Meetings meetings;
	private final MeetingRegistrations registrations;
	private final MeetingDocuments documents;
	private final Memberships memberships;
	private final MessageSource messages;
	private final Clock clock;

	MeetingPages(Meetings meetings, MeetingRegistrations registrations, MeetingDocuments documents,
			Memberships memberships, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.documents = documents;
		this.memberships = memberships;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String calendar(@RequestParam(required = false) String studyGroup, @RequestParam(required = false) boolean past,
			Model model) {
		var today = Dates.today(clock);
		List<Meeting> shown = past
				// Past meetings, the latest first: their pages, documents and lists stay within reach.
				? meetings.list(studyGroup, null, today.minusDays(1), new ListResponse.Paging(0, ListResponse.MAX_SIZE)).items()
					.stream().filter(m -> m.endDate().isBefore(today)).sorted(java.util.Comparator.comparing(Meeting::startDate).reversed())
					.toList()
				: meetings.list(studyGroup, today, null, new ListResponse.Paging(0, 200)).items();
		model.addAttribute("meetings", shown);
		model.addAttribute("past", past);
		model.addAttribute("today", today);
		model.addAttribute("studyGroup", studyGroup);
		Actor.current().ifPresent(actor -> model.addAttribute("organizations", memberships.of(actor.accountId())));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "meeting/calendar";
	}

	/** The outcome of registering for one of the meetings chosen at once. */
	record Outcome(String meeting, String status, String problem) implements java.io.Serializable {
	}

	@PostMapping("/meetings/registrations")
	String registerMany(@RequestParam(required = false) List<String> meetingIds,
			@RequestParam(required = false) String organizationId, @RequestParam(required = false) String mode,
			@RequestParam(required = false, defaultValue = "false") boolean visaSupport, Model model, Locale locale,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		if (meetingIds == null || meetingIds.isEmpty()) {
			model.addAttribute("errors", FormErrors.of(Problem.invalidField("meetingIds", "validation.NotEmpty"), messages, locale));
			return calendar(null, false, model);
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (String id : meetingIds) {
			String title = meetings.find(id).map(Meeting::title).orElse(id);
			try {
				var r = registrations.register(actor, id, organizationId, mode, visaSupport);
				outcomes.add(new Outcome(title, r.status().name(), null));
			}
			catch (Problem problem) {
				outcomes.add(new Outcome(title, null, messages.getMessage(problem.messageKey(), problem.args(),
						problem.slug(), locale)));
			}
		}
		flash.addFlashAttribute("outcomes", outcomes);
		return "redirect:/meetings/registrations";
	}

	@GetMapping("/meetings/registrations")
	String mine(Model model) {
		model.addAttribute("entries", registrations.mine(Actor.require()));
		model.addAttribute("today", Dates.today(clock));
		return "meeting/registrations";
	}

	@PostMapping("/meetings/registrations/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			RedirectAttributes flash) {
		if (!confirmed) {
			// First step: say which registration ends, and ask. (An unknown one goes on to the refusal.)
			var entry = registrations.mine(Actor.require()).stream().filter(e -> e.registration().id().equals(id)).findFirst();
			if (entry.isPresent()) {
				Meeting m = entry.get().meeting();
				String what = msg("meeting.cancel.confirm.what", locale, m.title(),
						Dates.formatRange(m.startDate(), m.endDate(), locale),
						msg("letter.mode." + entry.get().registration().mode().name(), locale),
						msg("meeting.status." + entry.get().registration().status().name(), locale));
				model.addAttribute("confirmation", Confirmation.of(msg("meeting.cancel.confirm.title", locale),
						msg("meeting.cancel.confirm.lead", locale), "/meetings/registrations/" + id + "/cancel",
						"/meetings/registrations")
					.section("cancelled", msg("meeting.cancel.confirm.heading", locale), List.of(what))
					.danger()
					.build());
				return Confirmation.VIEW;
			}
		}
		try {
			registrations.cancel(Actor.require(), id);
			flash.addFlashAttribute("notice", "meeting.cancelled");
		}
		catch (Problem problem) {
			if (problem.status().value() != 422) {
				throw problem;
			}
			flash.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
		}
		return "redirect:/meetings/registrations";
	}

	@PostMapping("/meetings/registrations/{id}/mode")
	String mode(@PathVariable String id, @RequestParam(required = false) String mode, Locale locale,
			RedirectAttributes flash) {
		try {
			registrations.changeMode(Actor.require(), id, mode);
			flash.addFlashAttribute("notice", "meeting.mode.changed");
		}
		catch (Problem problem) {
			flash.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
		}
		return "redirect:/meetings/registrations";
	}

	@GetMapping("/meetings/registrations/{id}/{document:letter|visa-letter|badge}.pdf")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String document, Locale locale) {
		MeetingDocuments.Kind kind = switch (document) {
			case "visa-letter" -> MeetingDocuments.Kind.VISA;
			case "badge" -> MeetingDocuments.Kind.BADGE;
			default -> MeetingDocuments.Kind.CONFIRMATION;
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.write(Actor.require(), id, kind, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document + "-" + id.substring(0, 8) + ".pdf").build().toString())
			.body(out.toByteArray());
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable String id, Model model) {
		Meeting meeting = meetings.find(id).orElseThrow(Problem::notFound);
		model.addAttribute("meeting", meeting);
		model.addAttribute("participants", Actor.current().isPresent() ? registrations.participants(id) : List.of());
		return "meeting/meeting";
	}

	@GetMapping("/letters/verify")
	String verify(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			model.addAttribute("verification", documents.verify(code).orElse(null));
			model.addAttribute("checked", true);
		}
		return "meeting/verify";
	}

	// --- Focal points: validation, in bulk ----------------------------------------------

	@GetMapping("/meetings/validation")
	String validation(Model model) {
		model.addAttribute("entries", registrations.toValidate(Actor.require()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "meeting/validation";
	}

	@PostMapping("/meetings/validation")
	String validateAll(@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) boolean confirmed, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		if (ids == null || ids.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("errors", FormErrors.of(Problem.invalidField("ids", "validation.choose"), messages, locale));
			return validation(model);
		}
		if ("REJECT".equals(decision) && (reason == null || reason.isBlank())) {
			response.setStatus(422);
			model.addAttribute("errors", FormErrors.of(Problem.rule("reason-required"), messages, locale));
			return validation(model);
		}
		if (!confirmed) {
			// First step: the ticked registrations, listed, and what will happen to them.
			Actor actor = Actor.require();
			List<String> lines = registrations.toValidate(actor).stream()
				.filter(e -> ids.contains(e.registration().id()))
				.map(e -> msg("meeting.validation.confirm.line", locale, e.participant(), e.organization(), e.meeting().title(),
						Dates.formatRange(e.meeting().startDate(), e.meeting().endDate(), locale),
						msg("letter.mode." + e.registration().mode().name(), locale)))
				.toList();
			boolean reject = "REJECT".equals(decision);
			var confirmation = Confirmation.of(
					msg(reject ? "meeting.validation.confirm.reject" : "meeting.validation.confirm.approve", locale, lines.size()),
					msg(reject ? "meeting.validation.confirm.reject.lead" : "meeting.validation.confirm.approve.lead", locale),
					"/meetings/validation", "/meetings/validation")
				.section("chosen", msg("meeting.validation.confirm.heading", locale, lines.size()), lines)
				.fields("ids", ids)
				.field("decision", decision)
				.field("reason", reason);
			if (reject) {
				confirmation.section("reason", msg("pilot.reason", locale), List.of(reason.strip())).danger();
			}
			model.addAttribute("confirmation", confirmation.build());
			return Confirmation.VIEW;
		}
		var results = registrations.decideAll(Actor.require(), ids, decision, reason);
		flash.addFlashAttribute("decided", results.stream().filter(r -> r.status() != null).count());
		flash.addFlashAttribute("refused", results.stream().filter(r -> r.problem() != null).count());
		return "redirect:/meetings/validation";
	}

	// --- The secretariat's check-in desk ------------------------------------------------

	@GetMapping("/meetings/check-in")
	String checkInForm(@RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			try {
				model.addAttribute("found", registrations.lookUp(actor, code));
			}
			catch (Problem problem) {
				response.setStatus(problem.status().value());
				model.addAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
			}
		}
		return "meeting/check-in";
	}

	@PostMapping("/meetings/check-in")
	String checkIn(@RequestParam(required = false) String code, Model model, Locale locale, HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		model.addAttribute("code", code);
		try {
			model.addAttribute("found", registrations.checkIn(actor, code));
			model.addAttribute("collected", true);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
			if (!"not-found".equals(problem.slug())) {
				model.addAttribute("found", registrations.lookUp(actor, code));
			}
		}
		return "meeting/check-in";
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
