package org.sgbridge.meeting.web;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.directory.MemberStates;
import org.sgbridge.meeting.MeetingCheckIns;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's check-in: the desk of a meeting, where the code of a badge or letter is typed or
 * scanned, warns about a badge of another meeting, a meeting that does not run today, a code that no
 * registration has and a badge already collected, and shows who collects it (person, organisation);
 * on each later day of the meeting, a scan records that day's check-in (once a day); and the general
 * desk, which finds any code and leads to the desks of the meetings to come.
 */
@Controller
class CheckInPages {

	private final MeetingCheckIns checkIns;
	private final Meetings meetings;
	private final MemberStates states;
	private final MessageSource messages;
	private final Clock clock;

	CheckInPages(MeetingCheckIns checkIns, Meetings meetings, MemberStates states, MessageSource messages,
			Clock clock) {
		this.checkIns = checkIns;
		this.meetings = meetings;
		this.states = states;
		this.messages = messages;
		this.clock = clock;
	}

	// --- Any meeting: the general desk -----------------------------------------------------

	@GetMapping("/meetings/check-in")
	String checkInForm(@RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		model.addAttribute("code", code);
		model.addAttribute("desks", meetings.runningAround(Dates.today(clock), 1, 50));
		model.addAttribute("today", Dates.today(clock));
		if (code != null && !code.isBlank()) {
			try {
				model.addAttribute("found", checkIns.lookUp(actor, code));
			}
			catch (Problem problem) {
				response.setStatus(problem.status().value());
				model.addAttribute("problem", message(problem, locale));
			}
		}
		return "meeting/check-in";
	}

	@PostMapping("/meetings/check-in")
	String checkIn(@RequestParam(required = false) String code, Model model, Locale locale, HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		model.addAttribute("code", code);
		model.addAttribute("today", Dates.today(clock));
		try {
			MeetingCheckIns.CheckIn found = checkIns.checkIn(actor, code);
			model.addAttribute("found", found);
			done(found.collectedToday(), model);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("problem", message(problem, locale));
			if (!"not-found".equals(problem.slug())) {
				model.addAttribute("found", checkIns.lookUp(actor, code));
			}
		}
		return "meeting/check-in";
	}

	// --- One meeting's desk ------------------------------------------------------------------

	@GetMapping("/meetings/{id}/check-in")
	String desk(@PathVariable String id, @RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		Meetings.Listing meeting = meetings.listing(id).orElseThrow(Problem::notFound);
		if (code != null && !code.isBlank()) {
			try {
				MeetingCheckIns.Desk desk = checkIns.desk(actor, id, code);
				model.addAttribute("desk", desk);
				model.addAttribute("country", country(desk, locale));
				if (!desk.ofThisMeeting()) {
					response.setStatus(409);
				}
			}
			catch (Problem problem) {
				response.setStatus(problem.status().value());
				model.addAttribute("problem", message(problem, locale));
			}
		}
		return desk(actor, meeting, code, model);
	}

	@PostMapping("/meetings/{id}/check-in")
	String collect(@PathVariable String id, @RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		Meetings.Listing meeting = meetings.listing(id).orElseThrow(Problem::notFound);
		try {
			MeetingCheckIns.Desk desk = checkIns.checkInAt(actor, id, code);
			model.addAttribute("desk", desk);
			model.addAttribute("country", country(desk, locale));
			done(desk.collectedToday(), model);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			if (!"not-found".equals(problem.slug())) {
				// Shown as the desk reads it: another meeting's badge, one already collected, one that collects none.
				MeetingCheckIns.Desk desk = checkIns.desk(actor, id, code);
				model.addAttribute("desk", desk);
				model.addAttribute("country", country(desk, locale));
				model.addAttribute("refused", true);
			}
			else {
				model.addAttribute("problem", message(problem, locale));
			}
		}
		return desk(actor, meeting, code, model);
	}

	/** A scan recorded: the badge handed over, or (collected on an earlier day) today's check-in. */
	private static void done(boolean badgeCollected, Model model) {
		model.addAttribute(badgeCollected ? "collected" : "checkedInToday", true);
	}

	private String desk(Actor actor, Meetings.Listing meeting, String code, Model model) {
		model.addAttribute("meeting", meeting.meeting());
		model.addAttribute("badges", checkIns.badges(actor, meeting.meeting().id()));
		model.addAttribute("today", Dates.today(clock));
		model.addAttribute("code", code);
		return "meeting/desk";
	}

	private String country(MeetingCheckIns.Desk desk, Locale locale) {
		return desk.country() == null ? ""
				: states.find(desk.country(), Dates.today(clock)).map(s -> s.name(locale)).orElse(desk.country());
	}

	private String message(Problem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.args(), problem.slug(), locale);
	}
}
