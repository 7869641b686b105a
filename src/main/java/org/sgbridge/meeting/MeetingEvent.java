package org.sgbridge.meeting;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;

/**
 * What the secretariat does to a meeting, raised by the meeting itself ({@link Meeting#create},
 * {@link Meeting#change}) and published when it is saved, in the same transaction. Filed under the
 * meeting's host country, when it has one (a virtual meeting has none).
 */
public sealed interface MeetingEvent extends Audited {

	String meetingId();

	String title();

	String studyGroup();

	@Override
	default String subjectType() {
		return "MEETING";
	}

	@Override
	default String subject() {
		return meetingId();
	}

	record Created(String meetingId, String title, String studyGroup, String memberState, Act act)
			implements MeetingEvent {

		@Override
		public String action() {
			return "MEETING_CREATED";
		}
	}

	/** Changed by the secretariat; the meeting as it is after the change. */
	record Changed(String meetingId, String title, String studyGroup, String memberState, Act act)
			implements MeetingEvent {

		@Override
		public String action() {
			return "MEETING_CHANGED";
		}
	}
}
