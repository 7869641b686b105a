package org.sgbridge.meeting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Fields;

/**
 * A meeting as typed, in the page's form or the API's JSON: dates as text (YYYY-MM-DD), so that a
 * malformed one is told together with every other mistake.
 */
record MeetingForm(String studyGroup, String kind, String title, String startDate, String endDate, String city,
		String country, Boolean remoteParticipation, String registrationOpens, String registrationCloses,
		Integer capacity, String contributionDeadline, String remoteDetails, String collocatedWith,
		Boolean dateApproximate) {

	MeetingForm(String studyGroup, String kind, String title, String startDate, String endDate, String city,
			String country, Boolean remoteParticipation, String registrationOpens, String registrationCloses,
			Integer capacity, String contributionDeadline, String remoteDetails) {
		this(studyGroup, kind, title, startDate, endDate, city, country, remoteParticipation, registrationOpens,
				registrationCloses, capacity, contributionDeadline, remoteDetails, null, null);
	}

	static MeetingForm of(Meeting m) {
		return new MeetingForm(m.studyGroup(), m.kind().name(), m.title(), str(m.startDate()), str(m.endDate()),
				m.city(), m.country(), m.remoteParticipation(), str(m.registrationOpens()),
				str(m.registrationCloses()), m.capacity(), str(m.contributionDeadline()), m.remoteDetails(),
				m.collocatedWith(), m.dateApproximate());
	}

	/** The meeting with its dates read; any date that cannot be read refuses it with all its other mistakes. */
	Meetings.NewMeeting read(Meetings meetings, Actor actor) {
		List<Problem.FieldProblem> malformed = new ArrayList<>();
		Meetings.NewMeeting meeting = new Meetings.NewMeeting(studyGroup, kind, title,
				Fields.date(startDate, "startDate", malformed), Fields.date(endDate, "endDate", malformed), city, country,
				remoteParticipation, Fields.date(registrationOpens, "registrationOpens", malformed),
				Fields.date(registrationCloses, "registrationCloses", malformed), capacity,
				Fields.date(contributionDeadline, "contributionDeadline", malformed), remoteDetails, collocatedWith,
				dateApproximate);
		return meetings.refuseIfMalformed(actor, meeting, malformed);
	}

	private static String str(LocalDate d) {
		return d == null ? "" : d.toString();
	}
}
