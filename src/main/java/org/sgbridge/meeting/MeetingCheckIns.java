package org.sgbridge.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in, for the secretariat: a badge handed over against the code of the badge or letter, once;
 * at a meeting's own desk, never the badge of another meeting. A code that no registration has is
 * 404 {@code not-found}, said as such.
 */
@Service
@Transactional
public class MeetingCheckIns {

	private final Registrations registrations;
	private final Meetings meetings;
	private final OrganizationDirectory organizations;
	private final AccountManagement accounts;
	private final Clock clock;

	MeetingCheckIns(Registrations registrations, Meetings meetings, OrganizationDirectory organizations,
			AccountManagement accounts, Clock clock) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.organizations = organizations;
		this.accounts = accounts;
		this.clock = clock;
	}

	private static Problem unknownCode() {
		return new Problem(HttpStatus.NOT_FOUND, "not-found", "problem.unknown-code.detail");
	}

	/** The secretariat checks a participant in by the code of the badge or letter. */
	public CheckIn checkIn(Actor actor, String code) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Registration r = registrations.byCode(code)
			.orElseThrow(MeetingCheckIns::unknownCode);
		Instant before = r.checkedInAt();
		if (before == null) {
			r.checkIn(clock.instant());
			registrations.save(r, actor.accountId(), clock.instant());
		}
		else {
			r.checkIn(clock.instant());
		}
		return view(r);
	}

	/**
	 * The check-in desk of one meeting marks a badge collected: as {@link #checkIn}, but a badge of
	 * another meeting is refused (409 {@code badge-of-another-meeting}), so that it is not handed over
	 * at the wrong desk. Whether the meeting runs today is the desk's warning, not a refusal: badges
	 * are also handed over the day before.
	 */
	public Desk checkInAt(Actor actor, String meetingId, String code) {
		Desk desk = desk(actor, meetingId, code);
		if (!desk.ofThisMeeting()) {
			throw Problem.conflict("badge-of-another-meeting", desk.registrationMeeting().title(),
					desk.registrationMeeting().startDate(), desk.registrationMeeting().endDate());
		}
		Registration r = desk.registration();
		r.checkIn(clock.instant());
		registrations.save(r, actor.accountId(), clock.instant());
		return desk;
	}

	/** What the desk of a meeting reads from a code: 404 {@code not-found} (no registration has it) for an unknown code. */
	@Transactional(readOnly = true)
	public Desk desk(Actor actor, String meetingId, String code) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
		Registration r = registrations.byCode(code)
			.orElseThrow(MeetingCheckIns::unknownCode);
		Meeting theirs = r.meetingId().equals(meeting.id()) ? meeting : meetings.find(r.meetingId()).orElseThrow();
		Organization organization = organizations.find(r.organizationId()).orElseThrow();
		return new Desk(meeting, r, accounts.find(r.accountId()).map(AccountView::name).orElse(""), organization.name(),
				organization.country(), theirs, Dates.today(clock));
	}

	/** How many in-person participants are validated for the meeting, and how many collected their badge. */
	@Transactional(readOnly = true)
	public Badges badges(Actor actor, String meetingId) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return registrations.badges(meetingId);
	}

	/** In-person participants of a meeting: validated, and among them those who collected their badge. */
	public record Badges(long validated, long collected) {
	}

	/**
	 * A code read at a meeting's desk: the registration it belongs to, the participant and its
	 * organisation (name, country), the meeting of the registration (another one, perhaps), and today.
	 */
	public record Desk(Meeting meeting, Registration registration, String name, String organization, String country,
			Meeting registrationMeeting, LocalDate today) {

		public boolean ofThisMeeting() {
			return registrationMeeting.id().equals(meeting.id());
		}

		/** Whether the desk's meeting runs today (its first to its last day). */
		public boolean runningToday() {
			return !today.isBefore(meeting.startDate()) && !today.isAfter(meeting.endDate());
		}

		/** A validated in-person registration, the only kind that collects a badge. */
		public boolean checkable() {
			return registration.status() == Registration.Status.VALIDATED && registration.mode() == Registration.Mode.IN_PERSON;
		}
	}

	/** A participant as the check-in desk sees it. */
	public record CheckIn(Registration registration, String name, String organization, String meeting) {
	}

	@Transactional(readOnly = true)
	public CheckIn lookUp(Actor actor, String code) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return view(registrations.byCode(code).orElseThrow(MeetingCheckIns::unknownCode));
	}

	private CheckIn view(Registration r) {
		return new CheckIn(r, accounts.find(r.accountId()).map(AccountView::name).orElse(""),
				organizations.find(r.organizationId()).map(Organization::name).orElse(""),
				meetings.find(r.meetingId()).map(Meeting::title).orElse(""));
	}
}
