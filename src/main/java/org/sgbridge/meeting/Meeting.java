package org.sgbridge.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sgbridge.platform.Act;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting as its readers see it. {@code city} and {@code country} are empty for a virtual meeting.
 * It is created and changed by the secretariat ({@link #create}, {@link #change}), each raising a
 * {@link MeetingEvent} that {@link Meetings} publishes once it has saved the meeting.
 */
@NamedInterface("api")
public record Meeting(String id, String studyGroup, String sector, Kind kind, String title, LocalDate startDate,
		LocalDate endDate, String city, String country, boolean remoteParticipation, LocalDate registrationOpens,
		LocalDate registrationCloses, Integer capacity, LocalDate contributionDeadline, Instant createdAt,
		@com.fasterxml.jackson.annotation.JsonIgnore String remoteDetails, String collocatedWith,
		boolean dateApproximate) {

	public enum Kind {
		STUDY_GROUP, WORKING_PARTY, RAPPORTEUR_GROUP, WORKSHOP, TRAINING, FORUM;

		/**
		 * A training or a regional standardization forum: no study group needed, open to anyone
		 * signed in (with or without an organisation), validated at once, attendance by check-in.
		 */
		public boolean isOpenEvent() {
			return this == TRAINING || this == FORUM;
		}
	}

	/** A meeting of a study group, neither collocated nor dated approximately. */
	public Meeting(String id, String studyGroup, String sector, Kind kind, String title, LocalDate startDate,
			LocalDate endDate, String city, String country, boolean remoteParticipation, LocalDate registrationOpens,
			LocalDate registrationCloses, Integer capacity, LocalDate contributionDeadline, Instant createdAt,
			String remoteDetails) {
		this(id, studyGroup, sector, kind, title, startDate, endDate, city, country, remoteParticipation,
				registrationOpens, registrationCloses, capacity, contributionDeadline, createdAt, remoteDetails, null, false);
	}

	/**
	 * What the secretariat enters for a meeting, once checked ({@link Meetings}): the study group's
	 * sector with it; {@code city} and {@code country} null for a virtual meeting.
	 */
	record Details(String studyGroup, String sector, Kind kind, String title, LocalDate startDate, LocalDate endDate,
			String city, String country, boolean remoteParticipation, LocalDate registrationOpens,
			LocalDate registrationCloses, Integer capacity, LocalDate contributionDeadline, String remoteDetails,
			String collocatedWith, boolean dateApproximate) {

		Details(String studyGroup, String sector, Kind kind, String title, LocalDate startDate, LocalDate endDate,
				String city, String country, boolean remoteParticipation, LocalDate registrationOpens,
				LocalDate registrationCloses, Integer capacity, LocalDate contributionDeadline, String remoteDetails) {
			this(studyGroup, sector, kind, title, startDate, endDate, city, country, remoteParticipation, registrationOpens,
					registrationCloses, capacity, contributionDeadline, remoteDetails, null, false);
		}
	}

	/** A meeting as a change left it, with the events the change raised, to publish once it is saved. */
	record Recorded(Meeting meeting, List<MeetingEvent> events) {

		Recorded {
			events = List.copyOf(events);
		}

		/** Whether the change changed anything (a meeting saved as it was raises nothing). */
		boolean changed() {
			return !events.isEmpty();
		}
	}

	/** A new meeting, created by the secretariat at the act's time. */
	static Recorded create(String id, Details d, Act act) {
		Meeting m = of(id, d, act.at());
		return new Recorded(m, List.of(new MeetingEvent.Created(id, m.title(), m.studyGroup(), m.country(), act)));
	}

	/**
	 * The meeting as the secretariat changes it: the same id and creation time, the details given.
	 * Nothing changed raises nothing.
	 */
	Recorded change(Details d, Act act) {
		Meeting m = of(id, d, createdAt);
		if (m.equals(this)) {
			return new Recorded(this, List.of());
		}
		return new Recorded(m, List.of(new MeetingEvent.Changed(id, m.title(), m.studyGroup(), m.country(), act)));
	}

	private static Meeting of(String id, Details d, Instant createdAt) {
		return new Meeting(id, d.studyGroup(), d.sector(), d.kind(), d.title(), d.startDate(), d.endDate(), d.city(),
				d.country(), d.remoteParticipation(), d.registrationOpens(), d.registrationCloses(), d.capacity(),
				d.contributionDeadline(), createdAt, d.remoteDetails(), d.collocatedWith(), d.dateApproximate());
	}

	/** Held online only: no city, and (a training or forum may be known by its country only) no country. */
	public boolean isVirtual() {
		return (city == null || city.isBlank()) && (country == null || country.isBlank());
	}

	/** Registration is open on that day: from its opening to its closing day, both included. */
	public boolean registrationOpenOn(LocalDate day) {
		return !day.isBefore(registrationOpens) && !day.isAfter(registrationCloses);
	}
}
