package org.sgbridge.bsg;

import java.time.Instant;
import java.time.LocalDate;

import org.sgbridge.platform.Problem;

/**
 * A new delegate's request for a mentor in a study group and, once the secretariat has paired it,
 * the pairing with an experienced participant of that group until {@code endsOn}. A request is
 * paired once; a pairing ends on its last day, or earlier when the secretariat ends it.
 */
public record Mentorship(String id, String menteeId, String organizationId, String memberState, String studyGroup,
		String note, Instant requestedAt, Status status, String mentorId, Instant pairedAt, String pairedBy,
		LocalDate endsOn, Instant endedAt, int version) {

	public enum Status {
		WAITING, PAIRED, ENDED
	}

	/** What the pages say of it on a day: waiting for a mentor, running, or ended (by the secretariat or its period). */
	public enum Standing {
		WAITING, ACTIVE, ENDED
	}

	/** The longest pairing the secretariat sets, in months. */
	static final int MAX_MONTHS = 24;

	public Standing standingOn(LocalDate day) {
		return switch (status) {
			case WAITING -> Standing.WAITING;
			case PAIRED -> day.isAfter(endsOn) ? Standing.ENDED : Standing.ACTIVE;
			case ENDED -> Standing.ENDED;
		};
	}

	/** Paired with a mentor (never the mentee itself) for a number of months from {@code today}. */
	Mentorship pair(String mentor, int months, String by, Instant at, LocalDate today) {
		if (status != Status.WAITING) {
			throw Problem.conflict("already-decided");
		}
		if (mentor.equals(menteeId)) {
			throw Problem.invalidField("mentorId", "validation.mentor.self");
		}
		if (months < 1 || months > MAX_MONTHS) {
			throw Problem.invalidField("months", "validation.mentoring.months", MAX_MONTHS);
		}
		return new Mentorship(id, menteeId, organizationId, memberState, studyGroup, note, requestedAt, Status.PAIRED, mentor,
				at, by, today.plusMonths(months), null, version);
	}

	/** Ended by the secretariat: a waiting request withdrawn, a pairing ended before its last day. */
	Mentorship end(Instant at) {
		if (status == Status.ENDED) {
			throw Problem.conflict("already-decided");
		}
		return new Mentorship(id, menteeId, organizationId, memberState, studyGroup, note, requestedAt, Status.ENDED, mentorId,
				pairedAt, pairedBy, endsOn, at, version);
	}
}
