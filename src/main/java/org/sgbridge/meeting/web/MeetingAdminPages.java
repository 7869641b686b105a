package org.sgbridge.meeting.web;

import java.time.LocalDate;
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

	MeetingAdminPages(Meetings meetings, StudyGroups groups, MessageSource messages) {
		this.meetings = meetings;
		this.groups = groups;
		this.messages = messages;
	}

	/** The form as typed: dates as the browser sends them (YYYY-MM-DD). */
	record MeetingForm(String studyGroup, String kind, String title, String startDate, String endDate, String city,
			String country, Boolean remoteParticipation, String registrationOpens, String registrationCloses,
			Integer capacity, String contributionDeadline, String remoteDetails) {

		static MeetingForm of(Meeting m) {
			return new MeetingForm(m.studyGroup(), m.kind().name(), m.title(), str(m.startDate()), str(m.endDate()),
					m.city(), m.country(), m.remoteParticipation(), str(m.registrationOpens()),
					str(m.registrationCloses()), m.capacity(), str(m.contributionDeadline()), m.remoteDetails());
		}

		Meetings.NewMeeting toNewMeeting() {
			return new Meetings.NewMeeting(studyGroup, kind, title, date(startDate, "startDate"), date(endDate, "endDate"),
					city, country, remoteParticipation, date(registrationOpens, "registrationOpens"),
					date(registrationCloses, "registrationCloses"), capacity,
					date(contributionDeadline, "contributionDeadline"), remoteDetails);
		}

		private static String str(LocalDate d) {
			return d == null ? "" : d.toString();
		}

		private static LocalDate date(String value, String field) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(value.trim());
			}
			catch (java.time.format.DateTimeParseException e) {
				throw Problem.invalidField(field, "validation.date");
			}
		}
	}

	private String form(Model model, MeetingForm form, String action, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("groups", groups.all(null));
		model.addAttribute("kinds", Meeting.Kind.values());
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
			Meeting created = meetings.create(Actor.requireSecretariat(), form.toNewMeeting());
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
			meetings.update(Actor.requireSecretariat(), id, form.toNewMeeting());
			flash.addFlashAttribute("notice", "meeting.saved");
			return "redirect:/meetings/" + id;
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			return form(model, form, "/meetings/" + id + "/edit", FormErrors.of(problem, messages, locale));
		}
	}
}
