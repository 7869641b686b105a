package org.sgbridge.meeting.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.audit.AuditTrail;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingDocuments;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.meeting.RegistrationEntitlement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.StudyGroups;
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

/**
 * Meeting pages: the list of meetings (searched, filtered, sorted, a page at a time), a meeting's
 * page, registration for several meetings at once, one's registrations and letters. Both the list
 * and a meeting's page tell a signed-in reader, before it registers, what it may not register for
 * and why.
 */
@Controller
class MeetingPages {

	private final Meetings meetings;
	private final MeetingRegistrations registrations;
	private final MeetingDocuments documents;
	private final StudyGroups groups;
	private final MemberStates states;
	private final MessageSource messages;
	private final Clock clock;
	private final AuditTrail audit;

	private final List<org.sgbridge.meeting.MeetingNotes> notes;

	private final org.sgbridge.meeting.MeetingFees fees;

	MeetingPages(Meetings meetings, MeetingRegistrations registrations, MeetingDocuments documents, StudyGroups groups,
			MemberStates states, MessageSource messages, Clock clock, AuditTrail audit,
			List<org.sgbridge.meeting.MeetingNotes> notes, org.sgbridge.meeting.MeetingFees fees) {
		this.fees = fees;
		this.audit = audit;
		this.notes = notes;
		this.meetings = meetings;
		this.registrations = registrations;
		this.documents = documents;
		this.groups = groups;
		this.states = states;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the registration form holds: the meetings ticked, the organisation, the mode, the visa letter. */
	record RegisterForm(Set<String> meetingIds, String organizationId, String mode, boolean visaSupport) {

		static RegisterForm empty() {
			return new RegisterForm(Set.of(), null, "IN_PERSON", false);
		}
	}

	@GetMapping("/meetings")
	String calendar(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String studyGroup, @RequestParam(required = false) String when,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String past, Model model,
			Locale locale) {
		return calendar(CalendarQuery.of(q, sector, studyGroup, when, sort, page, size, past), RegisterForm.empty(),
				FormErrors.none(), model, locale);
	}

	private String calendar(CalendarQuery query, RegisterForm form, FormErrors errors, Model model, Locale locale) {
		var today = Dates.today(clock);
		ListResponse<Meetings.Listing> found = meetings.search(query.search(), today,
				new ListResponse.Paging(query.page() - 1, query.size()));
		MeetingRows.Rows rows = MeetingRows.of(found.items(), Actor.current(), registrations, messages, locale);
		model.addAttribute("search", query);
		model.addAttribute("rows", rows);
		model.addAttribute("pager", Pager.of(found, query::href));
		model.addAttribute("groups", groups.all(null).stream().map(g -> g.code()).distinct()
			.map(code -> new Option(code, RegistrationEntitlement.groupName(code))).toList());
		model.addAttribute("sizes", Pager.SIZES);
		model.addAttribute("today", today);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("upcomingHref", query.hrefWhen(Meetings.When.UPCOMING));
		model.addAttribute("pastHref", query.hrefWhen(Meetings.When.PAST));
		return "meeting/calendar";
	}

	/** A choice of a list's filter: its value and what the reader reads. */
	record Option(String value, String label) {
	}

	/** The outcome of registering for one of the meetings chosen at once. */
	record Outcome(String meeting, String status, String problem) implements java.io.Serializable {
	}

	/**
	 * Registers for the meetings ticked. When none could be registered, the form comes back as it was
	 * typed (the list, or the meeting's page it was sent from), each refusal beside its meeting;
	 * otherwise one's registrations say what became of each.
	 */
	@PostMapping("/meetings/registrations")
	String registerMany(@RequestParam(required = false) List<String> meetingIds,
			@RequestParam(required = false) String organizationId, @RequestParam(required = false) String mode,
			@RequestParam(required = false, defaultValue = "false") boolean visaSupport,
			@RequestParam(required = false) String from, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String studyGroup,
			@RequestParam(required = false) String when, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.require();
		Set<String> ticked = new LinkedHashSet<>(meetingIds == null ? List.of() : meetingIds);
		ticked.removeIf(id -> id == null || id.isBlank());
		RegisterForm form = new RegisterForm(ticked, organizationId, mode == null ? "IN_PERSON" : mode, visaSupport);
		CalendarQuery query = CalendarQuery.of(q, sector, studyGroup, when, sort, page, size, null);
		if (ticked.isEmpty()) {
			response.setStatus(400);
			return back(from, query, form, FormErrors.of(Problem.invalidField("meetingIds", "validation.NotEmpty"), messages,
					locale), model, locale);
		}
		List<Outcome> outcomes = new ArrayList<>();
		Map<String, String> refusals = new LinkedHashMap<>();
		int status = 0;
		for (String id : ticked) {
			String title = meetings.find(id).map(Meeting::title).orElse(id);
			try {
				var r = registrations.register(actor, id, organizationId, mode, visaSupport);
				outcomes.add(new Outcome(title, r.status().name(), null));
			}
			catch (Problem problem) {
				status = status == 0 ? problem.status().value() : status;
				if (!problem.fieldProblems().isEmpty()) {
					// The organisation or the mode is wrong: said once, beside that field.
					problem.fieldProblems().forEach(f -> refusals.putIfAbsent(f.field(),
							messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)));
				}
				else {
					String message = messages.getMessage(problem.messageKey(), problem.args(), problem.slug(), locale);
					refusals.put("m-" + id, msg("meeting.register.refused", locale, title, message));
				}
				outcomes.add(new Outcome(title, null, messages.getMessage(problem.messageKey(), problem.args(), problem.slug(),
						locale)));
			}
		}
		if (outcomes.stream().allMatch(o -> o.status() == null)) {
			response.setStatus(status);
			FormErrors errors = new FormErrors(msg(ticked.size() == 1 ? "meeting.register.refused.one"
					: "meeting.register.refused.all", locale), refusals);
			return back(from, query, form, errors, model, locale);
		}
		flash.addFlashAttribute("outcomes", outcomes);
		return "redirect:/meetings/registrations";
	}

	/** The form as it was sent, with what refused it: on the meeting's page it came from, else on the list. */
	private String back(String from, CalendarQuery query, RegisterForm form, FormErrors errors, Model model, Locale locale) {
		if ("meeting".equals(from) && form.meetingIds().size() == 1) {
			var listing = meetings.listing(form.meetingIds().iterator().next());
			if (listing.isPresent()) {
				return meetingPage(listing.get(), form, errors, model, locale);
			}
		}
		return calendar(query, form, errors, model, locale);
	}

	/** One's registrations, each with its history from the audit trail (in a disclosure). */
	@GetMapping("/meetings/registrations")
	String mine(Model model) {
		Actor actor = Actor.require();
		List<MeetingRegistrations.Entry> entries = registrations.mine(actor);
		model.addAttribute("entries", entries);
		model.addAttribute("histories", audit.histories(actor, entries.stream().map(e -> e.registration().id()).toList()));
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
					ContentDisposition.attachment()
						.filename(document + "-" + (id.length() > 8 ? id.substring(0, 8) : id) + ".pdf")
						.build()
						.toString())
			.body(out.toByteArray());
	}

	/** The secretariat sets the meeting's fee for pay-as-you-go participants; a refusal is said above the form. */
	@org.springframework.web.bind.annotation.PostMapping("/meetings/{id}/fee")
	String setFee(@PathVariable String id, @org.springframework.web.bind.annotation.RequestParam(required = false) String amount,
			Locale locale, org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
		try {
			java.math.BigDecimal value;
			try {
				value = amount == null || amount.isBlank() ? null : new java.math.BigDecimal(amount.trim().replace(',', '.'));
			}
			catch (NumberFormatException e) {
				throw Problem.invalidField("amount", "validation.amount");
			}
			fees.set(Actor.require(), id, value, "CHF");
			flash.addFlashAttribute("notice", "meeting.fee.saved");
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			flash.addFlashAttribute("feeProblem", messages.getMessage("validation.amount", null, locale));
			flash.addFlashAttribute("feeTyped", amount);
		}
		return "redirect:/meetings/" + id + "#fee-form";
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable String id, Model model, Locale locale) {
		Meetings.Listing listing = meetings.listing(id).orElseThrow(Problem::notFound);
		return meetingPage(listing, RegisterForm.empty(), FormErrors.none(), model, locale);
	}

	private String meetingPage(Meetings.Listing listing, RegisterForm form, FormErrors errors, Model model, Locale locale) {
		Meeting meeting = listing.meeting();
		MeetingRows.Rows rows = MeetingRows.of(List.of(listing), Actor.current(), registrations, messages, locale);
		model.addAttribute("meeting", meeting);
		model.addAttribute("fee", fees.of(meeting.id()).orElse(null));
		model.addAttribute("row", rows.rows().get(0));
		model.addAttribute("rows", rows);
		model.addAttribute("countryName", meeting.country() == null ? null
				: states.find(meeting.country(), Dates.today(clock)).map(s -> s.name(locale)).orElse(meeting.country()));
		var participants = Actor.current().isPresent() ? registrations.participants(meeting.id()) : List.of();
		model.addAttribute("participants", participants);
		// The participants' countries by name in the reader's language (one read of the Member States).
		java.util.Map<String, String> countryNames = new java.util.HashMap<>();
		if (!participants.isEmpty()) {
			states.all(Dates.today(clock)).forEach(s -> countryNames.put(s.code(), s.name(locale)));
		}
		model.addAttribute("countryNames", countryNames);
		// The secretariat, who creates and changes meetings, sees the meeting's history from the audit trail.
		model.addAttribute("history", Actor.current().filter(Actor::isSecretariat)
			.map(a -> audit.history(a, meeting.id()))
			.orElse(List.of()));
		model.addAttribute("today", Dates.today(clock));
		model.addAttribute("notes", notes.stream().flatMap(n -> n.notesFor(meeting, locale).stream()).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		// Held alongside another meeting, or others held alongside it: both pages say so.
		model.addAttribute("collocatedWith", meeting.collocatedWith() == null ? null
				: meetings.find(meeting.collocatedWith()).orElse(null));
		model.addAttribute("collocated", meetings.collocatedWith(meeting.id()));
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

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
