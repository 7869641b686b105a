package org.sgbridge.studygroup.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.studygroup.DecisionRights;
import org.sgbridge.studygroup.Leadership;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A study group's public page: its title, period, Questions and management team; the secretariat appoints there. */
@Controller
class StudyGroupPage {

	private final StudyGroups groups;
	private final Leadership leadership;
	private final AccountManagement accounts;
	private final MessageSource messages;

	StudyGroupPage(StudyGroups groups, Leadership leadership, AccountManagement accounts, MessageSource messages) {
		this.groups = groups;
		this.leadership = leadership;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/study-groups")
	String all(Model model) {
		model.addAttribute("groups", groups.all(null));
		return "studygroup/list";
	}

	@GetMapping("/study-groups/{code}")
	String group(@PathVariable String code, Model model) {
		model.addAttribute("group", groups.find(code).orElseThrow(Problem::notFound));
		model.addAttribute("team", leadership.team(code));
		model.addAttribute("questions", leadership.questions(code));
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
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			model.addAttribute("email", email);
			return group(code, model);
		}
		flash.addFlashAttribute("notice", "studygroup.appointed");
		return "redirect:/study-groups/" + code;
	}
}
