package org.sgbridge.meeting.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat creates and edits meetings. */
@Controller
class MeetingAdminPages {

	private final Meetings meetings;
	private final StudyGroups groups;
	private final MessageSource messages;
	private final java.time.Clock clock;

	MeetingAdminPages(Meetings meetings, StudyGroups groups, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.groups = groups;
		this.messages = messages;
	}

	private String form(Model model, MeetingForm form, String action, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("groups", groups.all(null));
		model.addAttribute("kinds", Meeting.Kind.values());
		// The meetings a training or forum may be held alongside: those of study groups from a year ago on.
		java.util.List<Meeting> collocatable = new java.util.ArrayList<>(meetings.list(null,
				java.time.LocalDate.now(clock).minusYears(1), null, new org.sgbridge.platform.web.ListResponse.Paging(0, 500))
			.items().stream()
			.filter(m -> !m.kind().isOpenEvent())
			.toList());
		// the meeting chosen before stays a choice, however old: saving the form keeps it
		if (form.collocatedWith() != null && collocatable.stream().noneMatch(m -> m.id().equals(form.collocatedWith()))) {
			meetings.find(form.collocatedWith()).ifPresent(m -> collocatable.add(0, m));
		}
		model.addAttribute("collocatable", collocatable);
		model.addAttribute("errors", errors);
		return "meeting/edit";
	}

	@GetMapping("/meetings/new")
	String newForm(Model model) {
		Actor.requireSecretariat();
		return form(model, new MeetingForm("", "STUDY_GROUP", "", "", "", "Geneva", "CH", true, "", "", null, "", ""),
				"/meetings/new", FormErrors.none());
	}

	@PostMapping("/meetings/new")
	String create(MeetingForm form, Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		try {
			Meeting created = meetings.create(Actor.requireSecretariat(), form.read(meetings, Actor.requireSecretariat()));
			flash.addFlashAttribute("notice", "meeting.saved");
			return "redirect:/meetings/" + created.id();
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			return form(model, form, "/meetings/new", FormErrors.of(problem, messages, locale));
		}
	}

	@GetMapping("/meetings/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		Actor.requireSecretariat();
		Meeting meeting = meetings.find(id).orElseThrow(Problem::notFound);
		return form(model, MeetingForm.of(meeting), "/meetings/" + id + "/edit", FormErrors.none());
	}

	@PostMapping("/meetings/{id}/edit")
	String update(@PathVariable String id, MeetingForm form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			meetings.update(Actor.requireSecretariat(), id, form.read(meetings, Actor.requireSecretariat()));
			flash.addFlashAttribute("notice", "meeting.saved");
			return "redirect:/meetings/" + id;
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			return form(model, form, "/meetings/" + id + "/edit", FormErrors.of(problem, messages, locale));
		}
	}
}
