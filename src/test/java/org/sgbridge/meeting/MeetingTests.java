package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;

/** The meeting records what the secretariat does to it as events (no Spring). */
class MeetingTests {

	static final LocalDate START = LocalDate.of(2027, 3, 10);

	static final Act STAFF = new Act(Instant.parse("2027-01-05T09:00:00Z"), "staff-1", "Staff", "SECRETARIAT", null);

	static Meeting.Details details(String city, String country, Integer capacity) {
		return new Meeting.Details("ITU-T-SG16", "ITU-T", Meeting.Kind.STUDY_GROUP, "SG16 plenary", START,
				START.plusDays(4), city, country, true, START.minusDays(60), START.minusDays(10), capacity,
				START.minusDays(20), null);
	}

	@Test
	void aMeetingCreatedRaisesMeetingCreatedFiledUnderItsHostCountry() {
		Meeting.Recorded created = Meeting.create("m-1", details("Valletta", "MT", 120), STAFF);

		assertThat(created.meeting().id()).isEqualTo("m-1");
		assertThat(created.meeting().createdAt()).isEqualTo(STAFF.at());
		assertThat(created.events()).singleElement().satisfies(e -> {
			assertThat(e).isInstanceOf(MeetingEvent.Created.class);
			assertThat(e.action()).isEqualTo("MEETING_CREATED");
			assertThat(e.subjectType()).isEqualTo("MEETING");
			assertThat(e.subject()).isEqualTo("m-1");
			assertThat(e.memberState()).isEqualTo("MT");
			assertThat(e.reason()).isNull();
			assertThat(e.act()).isEqualTo(STAFF);
		});
	}

	@Test
	void aVirtualMeetingBelongsToNoMemberState() {
		assertThat(Meeting.create("m-2", details(null, null, null), STAFF).events().get(0).memberState()).isNull();
	}

	@Test
	void aChangeRaisesMeetingChangedAndKeepsTheIdAndCreationTime() {
		Meeting meeting = Meeting.create("m-1", details("Valletta", "MT", 120), STAFF).meeting();
		Act later = new Act(STAFF.at().plusSeconds(3600), "staff-2", "Other staff", "ADMIN", "10.0.0.1");

		Meeting.Recorded changed = meeting.change(details("Tunis", "TN", 80), later);

		assertThat(changed.changed()).isTrue();
		assertThat(changed.meeting().id()).isEqualTo("m-1");
		assertThat(changed.meeting().createdAt()).isEqualTo(STAFF.at());
		assertThat(changed.meeting().city()).isEqualTo("Tunis");
		assertThat(changed.meeting().capacity()).isEqualTo(80);
		assertThat(changed.events()).singleElement().satisfies(e -> {
			assertThat(e).isInstanceOf(MeetingEvent.Changed.class);
			assertThat(e.action()).isEqualTo("MEETING_CHANGED");
			assertThat(e.subject()).isEqualTo("m-1");
			assertThat(e.memberState()).as("the host country after the change").isEqualTo("TN");
			assertThat(e.act()).isEqualTo(later);
		});
	}

	@Test
	void aMeetingSavedAsItWasRaisesNothing() {
		Meeting meeting = Meeting.create("m-1", details("Valletta", "MT", 120), STAFF).meeting();

		Meeting.Recorded same = meeting.change(details("Valletta", "MT", 120), STAFF);

		assertThat(same.changed()).isFalse();
		assertThat(same.events()).isEmpty();
		assertThat(same.meeting()).isSameAs(meeting);
	}
}
