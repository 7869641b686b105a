package org.sgbridge.meeting.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.meeting.MeetingRegistrations;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The validation queue of focal points and the secretariat: the registrations waiting for the
 * reader, narrowed to a meeting or to a name, a page at a time (in SQL), decided in bulk after a
 * confirmation. A refusal keeps the ticks and says which registrations were refused and why. Only
 * those who validate open it; each sees only the registrations it is responsible for.
 */
@Controller
class ValidationPages {

	private static final int MAX_WORDS = 200;

	private final MeetingRegistrations registrations;
	private final MessageSource messages;

	ValidationPages(MeetingRegistrations registrations, MessageSource messages) {
		this.registrations = registrations;
		this.messages = messages;
	}

	/** What the queue was asked for: a meeting, words of a name, a page and its size. */
	record QueueQuery(String meeting, String q, int page, int size) {

		static QueueQuery of(String meeting, String q, String page, String size) {
			String words = q == null ? "" : q.strip();
			return new QueueQuery(meeting == null ? "" : meeting.trim(),
					words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words, Pager.page(page), Pager.size(size));
		}

		public Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			if (!meeting.isEmpty()) {
				fields.put("meeting", meeting);
			}
			if (!q.isEmpty()) {
				fields.put("q", q);
			}
			if (size != Pager.DEFAULT_SIZE) {
				fields.put("size", String.valueOf(size));
			}
			return fields;
		}

		String href(int page) {
			return href(page, List.of());
		}

		/** The address of a page of the queue, with these registrations ticked. */
		String href(int page, Collection<String> ticked) {
			Map<String, Object> fields = fields();
			if (page > 1) {
				fields.put("page", String.valueOf(page));
			}
			if (!ticked.isEmpty()) {
				fields.put("ticked", List.copyOf(ticked));
			}
			return Pager.address("/meetings/validation", fields);
		}
	}

	@GetMapping("/meetings/validation")
	String validation(@RequestParam(required = false) String meeting, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) List<String> ticked, Model model) {
		Set<String> kept = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
		if (model.getAttribute("keptTicks") instanceof Collection<?> flashed) {
			flashed.forEach(id -> kept.add(String.valueOf(id)));
		}
		return queue(QueueQuery.of(meeting, q, page, size), kept, "", FormErrors.none(), model);
	}

	private String queue(QueueQuery query, Set<String> ticked, String reason, FormErrors errors, Model model) {
		Actor actor = Actor.require();
		if (!registrations.mayValidate(actor)) {
			throw Problem.forbidden();
		}
		var found = registrations.toValidate(actor, query.meeting(), query.q(),
				new ListResponse.Paging(query.page() - 1, query.size()), true);
		model.addAttribute("query", query);
		model.addAttribute("entries", found.items());
		model.addAttribute("shown", found.items().stream().map(e -> e.registration().id()).toList());
		model.addAttribute("pager", Pager.of(found, query::href));
		model.addAttribute("meetings", registrations.meetingsToValidate(actor));
		model.addAttribute("sizes", Pager.SIZES);
		model.addAttribute("ticked", ticked);
		model.addAttribute("reason", reason == null ? "" : reason);
		model.addAttribute("errors", errors);
		return "meeting/validation";
	}

	/**
	 * Decides the registrations ticked (or, with {@code APPROVE_SHOWN}, all those the page showed):
	 * first a confirmation that lists them, then the decision; what is refused is named, with its
	 * rule, and stays ticked.
	 */
	@PostMapping("/meetings/validation")
	String validateAll(@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) boolean confirmed,
			@RequestParam(required = false) List<String> shown, @RequestParam(required = false) String meeting,
			@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		if (!registrations.mayValidate(actor)) {
			throw Problem.forbidden();
		}
		QueueQuery query = QueueQuery.of(meeting, q, page, size);
		Set<String> chosen = new LinkedHashSet<>(ids == null ? List.of() : ids);
		if ("APPROVE_SHOWN".equals(decision)) {
			chosen = new LinkedHashSet<>(shown == null ? List.of() : shown);
			decision = "APPROVE";
		}
		chosen.removeIf(id -> id == null || id.isBlank());
		if (chosen.isEmpty()) {
			response.setStatus(400);
			return queue(query, chosen, reason, FormErrors.of(Problem.invalidField("ids", "validation.choose"), messages, locale),
					model);
		}
		boolean reject = "REJECT".equals(decision);
		if (reject && (reason == null || reason.isBlank())) {
			response.setStatus(422);
			FormErrors errors = new FormErrors(messages.getMessage("problem.invalid-input.detail", null, locale),
					Map.of("reason", messages.getMessage("meeting.validation.reason-required", null, locale)));
			return queue(query, chosen, reason, errors, model);
		}
		if (!"APPROVE".equals(decision) && !reject) {
			response.setStatus(400);
			return queue(query, chosen, reason,
					FormErrors.of(Problem.invalidField("decision", "validation.decision"), messages, locale), model);
		}
		List<MeetingRegistrations.Entry> entries = registrations.toValidate(actor, chosen);
		if (!confirmed) {
			// First step: the ticked registrations, listed, and what will happen to them.
			List<String> lines = entries.stream()
				.map(e -> msg("meeting.validation.confirm.line", locale, e.participant(), e.organization(), e.meeting().title(),
						Dates.formatRange(e.meeting().startDate(), e.meeting().endDate(), locale),
						msg("letter.mode." + e.registration().mode().name(), locale)))
				.toList();
			var confirmation = Confirmation.of(
					msg(reject ? "meeting.validation.confirm.reject" : "meeting.validation.confirm.approve", locale, chosen.size()),
					msg(reject ? "meeting.validation.confirm.reject.lead" : "meeting.validation.confirm.approve.lead", locale),
					"/meetings/validation", query.href(query.page(), chosen))
				.section("chosen", msg("meeting.validation.confirm.heading", locale, chosen.size()), lines)
				.fields("ids", List.copyOf(chosen))
				.field("decision", decision)
				.field("reason", reason);
			query.fields().forEach((name, value) -> confirmation.field(name, String.valueOf(value)));
			if (query.page() > 1) {
				confirmation.field("page", String.valueOf(query.page()));
			}
			if (entries.size() < chosen.size()) {
				confirmation.section("unknown", msg("meeting.validation.confirm.unknown", locale, chosen.size() - entries.size()),
						List.of());
			}
			if (reject) {
				confirmation.section("reason", msg("pilot.reason", locale), List.of(reason.strip())).danger();
			}
			model.addAttribute("confirmation", confirmation.build());
			return Confirmation.VIEW;
		}
		Map<String, String> names = new LinkedHashMap<>();
		Set<String> waiting = new LinkedHashSet<>(entries.stream().map(e -> e.registration().id()).toList());
		registrations.responsibleFor(actor, chosen).forEach(e -> names.put(e.registration().id(), msg("meeting.validation.refused.who", locale, e.participant(),
				e.organization(), e.meeting().title())));
		var results = registrations.decideAll(actor, List.copyOf(chosen), decision, reason);
		List<String> refusals = new ArrayList<>();
		List<String> stillTicked = new ArrayList<>();
		for (var result : results) {
			if (result.refusal() == null) {
				continue;
			}
			Problem problem = result.refusal();
			String why = messages.getMessage(problem.messageKey(), problem.args(), problem.slug(), locale);
			String who = names.getOrDefault(result.id(), msg("meeting.validation.refused.unknown", locale,
					result.id().length() > 8 ? result.id().substring(0, 8) : result.id()));
			refusals.add(msg("meeting.validation.refused.line", locale, who, why));
			if (waiting.contains(result.id())) {
				stillTicked.add(result.id());
			}
		}
		flash.addFlashAttribute("decided", results.stream().filter(r -> r.status() != null).count());
		flash.addFlashAttribute("refused", refusals.size());
		flash.addFlashAttribute("refusals", refusals);
		flash.addFlashAttribute("keptTicks", stillTicked);
		return "redirect:" + query.href(query.page());
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
