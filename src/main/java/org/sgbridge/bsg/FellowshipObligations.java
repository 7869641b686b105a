package org.sgbridge.bsg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sgbridge.document.MeetingContributors;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingAttendance;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Dates;
import org.springframework.stereotype.Component;

/**
 * A holder's obligations, read from the data rather than asked (API.md "Fellowships"): a
 * contribution to the meeting submitted by the holder or with the holder's organisation as a source;
 * attendance checked in on every day of the meeting (the check-in desk records one scan per day). Each
 * is {@code PENDING} until the meeting's last day has passed, then {@code MET} or {@code NOT_MET}. Only
 * an awarded fellowship has obligations.
 */
@Component
class FellowshipObligations {

	public enum State {
		PENDING, MET, NOT_MET
	}

	/** The holder's two obligations. */
	record Obligations(State contribution, State attendance) {
	}

	private static final Obligations PENDING = new Obligations(State.PENDING, State.PENDING);

	private final Meetings meetings;
	private final MeetingContributors contributors;
	private final MeetingAttendance attendance;
	private final Clock clock;

	FellowshipObligations(Meetings meetings, MeetingContributors contributors, MeetingAttendance attendance, Clock clock) {
		this.meetings = meetings;
		this.contributors = contributors;
		this.attendance = attendance;
		this.clock = clock;
	}

	/** The obligations of each awarded application among these, by application id: a few queries per meeting. */
	Map<String, Obligations> of(List<FellowshipApplication> applications) {
		Map<String, Obligations> result = new HashMap<>();
		List<FellowshipApplication> awarded = applications.stream()
			.filter(a -> a.status() == FellowshipApplication.Status.AWARDED)
			.toList();
		if (awarded.isEmpty()) {
			return result;
		}
		LocalDate today = Dates.today(clock);
		Map<String, Meeting> byId = meetings.findAll(awarded.stream().map(FellowshipApplication::meetingId).toList());
		Map<String, List<FellowshipApplication>> byMeeting = awarded.stream()
			.collect(Collectors.groupingBy(FellowshipApplication::meetingId));
		byMeeting.forEach((meetingId, holders) -> {
			Meeting meeting = byId.get(meetingId);
			if (meeting == null || !today.isAfter(meeting.endDate())) {
				holders.forEach(a -> result.put(a.id(), PENDING));
				return;
			}
			Map<String, String> organizationOf = new HashMap<>();
			holders.forEach(a -> organizationOf.put(a.accountId(), a.organizationId()));
			Set<String> contributed = contributors.among(meetingId, organizationOf);
			Set<String> present = attendance.checkedIn(meetingId, organizationOf.keySet());
			holders.forEach(a -> result.put(a.id(), new Obligations(met(contributed.contains(a.accountId())),
					met(present.contains(a.accountId())))));
		});
		return result;
	}

	private static State met(boolean met) {
		return met ? State.MET : State.NOT_MET;
	}
}
