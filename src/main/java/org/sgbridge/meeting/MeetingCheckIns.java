package org.sgbridge.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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
 * Check-in, for the secretariat, against the code of the badge or letter: one scan per day of the
 * meeting, the first of which hands the badge over (once); at a meeting's own desk, never the badge of
 * another meeting. A code that no registration has is 404 {@code not-found}, said as such.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("api")
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

	/** The secretariat checks a participant in by the code of the badge or letter (see {@link #scan}). */
	public CheckIn checkIn(Actor actor, String code) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Registration r = registrations.byCode(code)
			.orElseThrow(MeetingCheckIns::unknownCode);
		scan(actor, r, meetings.find(r.meetingId()).orElseThrow());
		return view(registrations.find(r.id()).orElseThrow());
	}

	/**
	 * The check-in desk of one meeting scans a code (see {@link #scan}): as {@link #checkIn}, but a
	 * badge of another meeting is refused (409 {@code badge-of-another-meeting}), so that it is not
	 * handed over at the wrong desk. Whether the meeting runs today is the desk's warning, not a
	 * refusal: badges are also handed over the day before. Answers the desk as it reads after the scan.
	 */
	public Desk checkInAt(Actor actor, String meetingId, String code) {
		Desk desk = desk(actor, meetingId, code);
		if (!desk.ofThisMeeting()) {
			throw Problem.conflict("badge-of-another-meeting", desk.registrationMeeting().title(),
					desk.registrationMeeting().startDate(), desk.registrationMeeting().endDate());
		}
		scan(actor, desk.registration(), desk.meeting());
		return desk(actor, meetingId, code);
	}

	/**
	 * One scan, recorded with its day (one per registration and day): the first collects the badge,
	 * whatever the day; on a day of the meeting not yet checked in, a later one records that day.
	 * Otherwise (a second scan the same day, or outside the meeting's days once the badge is
	 * collected) 409 {@code already-checked-in}, said with when the badge was collected; a registration
	 * that collects no badge is {@code not-checkable}.
	 */
	private void scan(Actor actor, Registration r, Meeting meeting) {
		Instant now = clock.instant();
		LocalDate today = Dates.today(clock);
		if (r.checkedInAt() == null) {
			r.checkIn(now);
			registrations.save(r, actor.accountId(), now);
			registrations.recordCheckIn(r, today, now, actor.accountId());
		}
		else if (runs(meeting, today) && registrations.checkedInOn(r.id(), today).isEmpty()) {
			r.checkInAgain();
			registrations.recordCheckIn(r, today, now, actor.accountId());
		}
		else {
			// Refused: not-checkable, or already-checked-in with the badge's time.
			r.checkIn(now);
		}
	}

	private static boolean runs(Meeting meeting, LocalDate day) {
		return !day.isBefore(meeting.startDate()) && !day.isAfter(meeting.endDate());
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
		Optional<Organization> organization = organizations.find(r.organizationId());
		LocalDate today = Dates.today(clock);
		return new Desk(meeting, r, accounts.find(r.accountId()).map(AccountView::name).orElse(""),
				organization.map(Organization::name).orElse(""), organization.map(Organization::country).orElse(null), theirs, today, registrations.checkedInOn(r.id(), today).orElse(null));
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
	 * organisation (name, country), the meeting of the registration (another one, perhaps), today, and
	 * when it was checked in today (null if it was not).
	 */
	public record Desk(Meeting meeting, Registration registration, String name, String organization, String country,
			Meeting registrationMeeting, LocalDate today, Instant todaysCheckIn) {

		public boolean ofThisMeeting() {
			return registrationMeeting.id().equals(meeting.id());
		}

		/** Whether the desk's meeting runs today (its first to its last day). */
		public boolean runningToday() {
			return runs(meeting, today);
		}

		/** A validated in-person registration, the only kind that collects a badge. */
		public boolean checkable() {
			return registration.status() == Registration.Status.VALIDATED && registration.mode() == Registration.Mode.IN_PERSON;
		}

		/** The badge collected before, and today a day of the meeting not yet checked in: a scan records today. */
		public boolean checksInToday() {
			return ofThisMeeting() && checkable() && registration.checkedInAt() != null && runningToday() && todaysCheckIn == null;
		}

		/** Whether today's check-in is the one that collected the badge. */
		public boolean collectedToday() {
			return todaysCheckIn != null && todaysCheckIn.equals(registration.checkedInAt());
		}
	}

	/**
	 * A participant as the general check-in desk sees it: when it was checked in today (null if it was
	 * not), and whether a scan now records today (the badge collected before, on a day of its meeting).
	 */
	public record CheckIn(Registration registration, String name, String organization, String meeting,
			Instant todaysCheckIn, boolean checksInToday) {

		/** Whether today's check-in is the one that collected the badge. */
		public boolean collectedToday() {
			return todaysCheckIn != null && todaysCheckIn.equals(registration.checkedInAt());
		}
	}

	@Transactional(readOnly = true)
	public CheckIn lookUp(Actor actor, String code) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return view(registrations.byCode(code).orElseThrow(MeetingCheckIns::unknownCode));
	}

	private CheckIn view(Registration r) {
		LocalDate today = Dates.today(clock);
		Optional<Meeting> meeting = meetings.find(r.meetingId());
		Instant todays = registrations.checkedInOn(r.id(), today).orElse(null);
		boolean checksInToday = r.checkedInAt() != null && todays == null
				&& r.status() == Registration.Status.VALIDATED && r.mode() == Registration.Mode.IN_PERSON
				&& meeting.map(m -> runs(m, today)).orElse(false);
		return new CheckIn(r, accounts.find(r.accountId()).map(AccountView::name).orElse(""),
				organizations.find(r.organizationId()).map(Organization::name).orElse(""),
				meeting.map(Meeting::title).orElse(""), todays, checksInToday);
	}
}
