package org.sgbridge.studygroup.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.studygroup.DecisionRights;
import org.sgbridge.studygroup.Leadership;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A study group's public page: its title (in the page's language), period, Questions and management
 * team; the secretariat appoints there and ends appointments, after confirming.
 */
@Controller
class StudyGroupPage {

	private final StudyGroups groups;
	private final Leadership leadership;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final Clock clock;

	StudyGroupPage(StudyGroups groups, Leadership leadership, AccountManagement accounts, MessageSource messages,
			Clock clock) {
		this.groups = groups;
		this.leadership = leadership;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/study-groups")
	String all(Model model, Locale locale) {
		List<StudyGroup> all = groups.all(null);
		model.addAttribute("groups", all);
		model.addAttribute("anyUnofficial", all.stream().anyMatch(g -> !g.titleIn(locale).official()));
		return "studygroup/list";
	}

	@GetMapping("/study-groups/{code}")
	String group(@PathVariable String code, Model model, Locale locale) {
		StudyGroup group = groups.find(code).orElseThrow(Problem::notFound);
		List<Leadership.Question> questions = leadership.questions(code);
		model.addAttribute("group", group);
		model.addAttribute("team", leadership.team(code));
		model.addAttribute("questions", questions);
		model.addAttribute("anyUnofficial", !group.titleIn(locale).official()
				|| questions.stream().anyMatch(q -> !q.titleIn(locale).official()));
		model.addAttribute("roles", DecisionRights.Role.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "studygroup/group";
	}

	@PostMapping("/study-groups/{code}/appointments")
	String appoint(@PathVariable String code, @RequestParam(required = false) String email,
			@RequestParam(required = false) String role, @RequestParam(required = false) String question, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		try {
			String accountId = accounts.findByEmail(email)
				.orElseThrow(() -> Problem.invalidField("email", "validation.account"))
				.id();
			leadership.appoint(actor, code, accountId, role, question);
		}
		catch (Problem problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale).rename(java.util.Map.of("accountId", "email")));
			model.addAttribute("email", email);
			model.addAttribute("role", role);
			model.addAttribute("question", question);
			return group(code, model, locale);
		}
		flash.addFlashAttribute("notice", "studygroup.appointed");
		return "redirect:/study-groups/" + code;
	}

	/**
	 * Ends an appointment, in two steps: the first shows the appointment and the team as it will be,
	 * and changes nothing; the confirmed second ends it today (it stays in the history) and offers
	 * to appoint the same person again.
	 */
	@PostMapping("/appointments/{id}/end")
	String end(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		Leadership.Appointment appointment = leadership.current(id).orElseThrow(Problem::notFound);
		String code = appointment.studyGroup();
		// in a right-to-left sentence the code keeps its order when isolated
		String shownCode = org.sgbridge.platform.Languages.isRightToLeft(locale) ? "\u2066" + code + "\u2069" : code;
		String role = msg("studygroup.role." + appointment.role(), locale);
		if (!confirmed) {
			List<String> after = leadership.team(code).stream()
				.filter(a -> !a.id().equals(id))
				.map(a -> line(a, locale))
				.toList();
			model.addAttribute("confirmation", Confirmation.of(
					msg("studygroup.end.confirm.title", locale, appointment.name(), role, shownCode),
					msg("studygroup.end.confirm.lead", locale, Dates.format(Dates.today(clock), locale)),
					"/appointments/" + id + "/end", "/study-groups/" + code + "#h-team")
				.section("appointment", msg("studygroup.end.confirm.ending", locale), List.of(
						msg("studygroup.role", locale) + ": " + role,
						msg("signup.name", locale) + ": " + appointment.name(),
						msg("studygroup.question", locale) + ": "
								+ (appointment.question() == null ? "—" : "Q" + appointment.question()),
						msg("studygroup.since", locale) + ": " + Dates.format(appointment.startsOn(), locale)))
				.section("team-after", msg("studygroup.end.confirm.after", locale, shownCode),
						after.isEmpty() ? List.of(msg("studygroup.team.none", locale)) : after)
				.danger()
				.build());
			return Confirmation.VIEW;
		}
		leadership.end(actor, id);
		flash.addFlashAttribute("noticeText", msg("studygroup.ended", locale, appointment.name(), role, shownCode));
		accounts.find(appointment.accountId()).ifPresent(holder -> flash.addFlashAttribute("reappoint",
				new Reappointment(holder.email(), appointment.role(), appointment.question(), appointment.name())));
		return "redirect:/study-groups/" + code;
	}

	/** The appointment just ended, offered back: appointing again starts a new appointment today. */
	record Reappointment(String email, String role, String question, String name) implements java.io.Serializable {
	}

	private String line(Leadership.Appointment a, Locale locale) {
		return msg("studygroup.role." + a.role(), locale) + ": " + a.name()
				+ (a.question() == null ? "" : " (Q" + a.question() + ")");
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
