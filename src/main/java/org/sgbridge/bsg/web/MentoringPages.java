package org.sgbridge.bsg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.bsg.Mentoring;
import org.sgbridge.bsg.Mentorship;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.HomeNotes;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mentoring pages: a delegate asks for a mentor in a study group and sees its pairings (as mentee
 * or mentor); the secretariat pairs each waiting request with an experienced participant of the
 * group, and ends pairings after a confirmation. The home page shows each running pairing to both.
 */
@Controller
class MentoringPages implements HomeNotes, NavigationItems {

	private final Mentoring mentoring;
	private final MessageSource messages;

	MentoringPages(Mentoring mentoring, MessageSource messages) {
		this.mentoring = mentoring;
		this.messages = messages;
	}

	/** The request form as typed. */
	record AskForm(String organizationId, String studyGroup, String note) {

		static final AskForm EMPTY = new AskForm("", "", "");
	}

	@GetMapping("/mentoring")
	String mentoring(Model model) {
		return page(AskForm.EMPTY, FormErrors.none(), model);
	}

	private String page(AskForm form, FormErrors errors, Model model) {
		Actor actor = Actor.require();
		model.addAttribute("mine", mentoring.mine(actor));
		model.addAttribute("me", actor.accountId());
		model.addAttribute("organizations", mentoring.organizationsOf(actor));
		model.addAttribute("groups", mentoring.groups());
		model.addAttribute("secretariat", actor.isSecretariat());
		if (actor.isSecretariat()) {
			model.addAttribute("waiting", mentoring.waiting(actor));
			model.addAttribute("pairings", mentoring.pairings(actor));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "bsg/mentoring";
	}

	@PostMapping("/mentoring")
	String ask(@RequestParam(required = false) String organizationId, @RequestParam(required = false) String studyGroup,
			@RequestParam(required = false) String note, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		AskForm form = new AskForm(organizationId, studyGroup, note);
		try {
			mentoring.ask(Actor.require(), organizationId, studyGroup, note);
			flash.addFlashAttribute("notice", "mentoring.asked");
			return "redirect:/mentoring";
		}
		catch (Problem problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			return page(form, FormErrors.of(problem, messages, locale), model);
		}
	}

	@PostMapping("/mentoring/{id}/pair")
	String pair(@PathVariable String id, @RequestParam(required = false) String mentorId,
			@RequestParam(required = false) String months, Locale locale, RedirectAttributes flash) {
		try {
			mentoring.pair(Actor.require(), id, mentorId, months);
			flash.addFlashAttribute("notice", "mentoring.paired");
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			flash.addFlashAttribute("problem", describe(problem, locale));
		}
		return "redirect:/mentoring";
	}

	@PostMapping("/mentoring/{id}/end")
	String end(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		if (!confirmed) {
			var view = mentoring.pairings(actor).stream().filter(v -> v.mentorship().id().equals(id)).findFirst()
				.orElseThrow(Problem::notFound);
			model.addAttribute("confirmation", Confirmation.of(msg("mentoring.end.confirm.title", locale),
					msg("mentoring.end.confirm.lead", locale), "/mentoring/" + id + "/end", "/mentoring")
				.section("pairing", msg("mentoring.end.confirm.heading", locale),
						List.of(msg("mentoring.pairing.text", locale, view.menteeName(), view.mentorName(),
								view.mentorship().studyGroup(), Dates.format(view.mentorship().endsOn(), locale))))
				.danger()
				.build());
			return Confirmation.VIEW;
		}
		try {
			mentoring.end(actor, id);
			flash.addFlashAttribute("notice", "mentoring.ended");
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			flash.addFlashAttribute("problem", describe(problem, locale));
		}
		return "redirect:/mentoring";
	}

	/** On the home page: one's running pairings (as mentee and as mentor) and one's waiting requests. */
	@Override
	public List<Note> notesFor(Actor actor, Locale locale) {
		List<Note> notes = new ArrayList<>();
		for (Mentoring.View v : mentoring.mine(actor)) {
			Mentorship m = v.mentorship();
			String key = switch (v.standing()) {
				case ACTIVE -> m.menteeId().equals(actor.accountId()) ? "mentoring.home.mentee" : "mentoring.home.mentor";
				case WAITING -> "mentoring.home.waiting";
				case ENDED -> null;
			};
			if (key != null) {
				String other = m.menteeId().equals(actor.accountId()) ? v.mentorName() : v.menteeName();
				notes.add(new Note("mentoring-" + m.id(), msg(key, locale, other, m.studyGroup(),
						m.endsOn() == null ? "" : Dates.format(m.endsOn(), locale)), "/mentoring", msg("mentoring.home.link", locale)));
			}
		}
		return notes;
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		return actor.isSecretariat() ? List.of(Item.tool("/mentoring", "nav.mentoring")) : List.of();
	}

	private String describe(Problem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
