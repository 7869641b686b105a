package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgbridge.meeting.MeetingFixtures.element;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check-in desk records one scan per day of the meeting: the first hands the badge over, once;
 * a scan on a later day of the meeting records that day; a second scan the same day is refused as
 * before (the badge already collected, said with when), and so is one outside the meeting's days once
 * the badge is collected. Attendance for other modules is a check-in on every day of the meeting.
 */
class CheckInOnEveryDayTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeetingAttendance attendance;

	MeetingFixtures fixtures;
	Person dfp;
	String administration;
	Instant now;
	LocalDate today;
	PageClient staffPages;
	Api staff;

	@BeforeEach
	void anIcelandicDelegationAndTheSecretariatsDesk() {
		fixtures = new MeetingFixtures(api, pilot, port);
		dfp = pilot.dfp("IS");
		administration = pilot.administrationOf("IS");
		// Fixed for the test, so that "today" does not turn at midnight meanwhile.
		now = Instant.now();
		clock.setInstant(now);
		today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		staffPages = fixtures.signedIn(pilot.person("staff-days", Set.of("SECRETARIAT")));
		staff = api.bearer(pilot.person("staff-days-api", Set.of("SECRETARIAT")).token());
	}

	/** A two-day meeting from {@code start}, a delegate registered in person and validated: its code. */
	private Registered validatedFor(LocalDate start, String prefix) {
		Person delegate = fixtures.delegate(prefix, "IS");
		String meeting = fixtures.meeting("ITU-T-SG12", "STUDY_GROUP", "Two days " + delegate.email(), start, start.plusDays(1),
				today.minusDays(20), today, "Reykjavik", null);
		String registration = fixtures.registered(delegate, meeting, administration, "IN_PERSON");
		assertThat(api.bearer(dfp.token()).post("/api/v1/registrations/" + registration + "/validation",
				Map.of("decision", "APPROVE")).status()).isEqualTo(200);
		String code = jdbc.sql("SELECT verification_code FROM registration WHERE id = :id").param("id", registration)
			.query(String.class).single();
		return new Registered(delegate, meeting, registration, code);
	}

	record Registered(Person delegate, String meeting, String registration, String code) {
	}

	/** Moves the application's clock; the API's staff signs in again, as a token lasts a day. */
	private void onDay(int days) {
		clock.setInstant(now.plus(Duration.ofDays(days)));
		staff = api.bearer(pilot.person("staff-days-api", Set.of("SECRETARIAT")).token());
	}

	private Timestamp badgeCollectedAt(String registration) {
		return jdbc.sql("SELECT checked_in_at FROM registration WHERE id = :id").param("id", registration)
			.query(Timestamp.class).single();
	}

	private List<LocalDate> daysCheckedIn(String registration) {
		return jdbc.sql("SELECT on_day FROM registration_check_in WHERE registration_id = :id ORDER BY on_day")
			.param("id", registration)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list();
	}

	private HttpResponse<String> scanAtDesk(Registered r) {
		String desk = "/meetings/" + r.meeting() + "/check-in";
		return staffPages.post(desk, desk, Map.of("code", r.code()));
	}

	@Test
	void aDelegateIsCheckedInOnBothDaysOfATwoDayMeetingAndCollectsTheBadgeOnce() {
		Registered r = validatedFor(today, "days-desk");
		String desk = "/meetings/" + r.meeting() + "/check-in";

		HttpResponse<String> first = scanAtDesk(r);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(element(first.body(), "checkin-done")).contains("The badge is handed over.");
		assertThat(first.body()).doesNotContain("id=\"checkin-day-done\"");
		Timestamp collected = badgeCollectedAt(r.registration());
		assertThat(collected).isNotNull();
		assertThat(daysCheckedIn(r.registration())).containsExactly(today);
		assertThat(attendance.checkedIn(r.meeting(), List.of(r.delegate().id()))).as("one day of two").isEmpty();

		// A second scan the same day: refused as before, said with when the badge was collected.
		HttpResponse<String> again = scanAtDesk(r);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).doesNotContain("id=\"checkin-done\"").doesNotContain("id=\"checkin-day-done\"")
			.doesNotContain("id=\"check-in-today\"");
		String read = staffPages.get(desk + "?code=" + r.code()).body();
		assertThat(element(read, "checkin-already")).contains("This badge was already collected at");
		assertThat(read).doesNotContain("id=\"collect\"").doesNotContain("id=\"check-in-today\"");
		Api.Response apiAgain = staff.post("/api/v1/check-ins", Map.of("code", r.code()));
		assertThat(apiAgain.status()).isEqualTo(409);
		assertThat(apiAgain.problem()).isEqualTo("already-checked-in");
		assertThat(daysCheckedIn(r.registration())).containsExactly(today);

		// The second day: the desk offers today's check-in, records it, and the badge stays collected once.
		onDay(1);
		String secondDay = staffPages.get(desk + "?code=" + r.code()).body();
		assertThat(element(secondDay, "checkin-collected-before")).contains("not yet checked in today");
		assertThat(secondDay).contains("id=\"check-in-today\"").doesNotContain("id=\"collect\"")
			.doesNotContain("id=\"checkin-already\"");
		HttpResponse<String> day2 = scanAtDesk(r);
		assertThat(day2.statusCode()).isEqualTo(200);
		assertThat(element(day2.body(), "checkin-day-done")).contains("Checked in for");
		assertThat(day2.body()).doesNotContain("id=\"checkin-done\"").doesNotContain("id=\"check-in-today\"");
		assertThat(element(day2.body(), "badges")).contains("Badges collected: 1 of 1");
		assertThat(badgeCollectedAt(r.registration())).as("the badge collected once").isEqualTo(collected);
		assertThat(daysCheckedIn(r.registration())).containsExactly(today, today.plusDays(1));
		assertThat(attendance.checkedIn(r.meeting(), List.of(r.delegate().id()))).as("every day")
			.containsExactly(r.delegate().id());

		// Again on the second day: refused.
		assertThat(scanAtDesk(r).statusCode()).isEqualTo(409);
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", r.code())).problem()).isEqualTo("already-checked-in");

		// The day after the meeting: refused as before, nothing recorded.
		onDay(2);
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", r.code())).problem()).isEqualTo("already-checked-in");
		assertThat(daysCheckedIn(r.registration())).containsExactly(today, today.plusDays(1));
	}

	@Test
	void aBadgeCollectedTheDayBeforeStillNeedsACheckInOnEachDayThroughTheApiAndTheGeneralDesk() {
		Registered r = validatedFor(today.plusDays(1), "days-api");

		// The day before: the badge is collected, which is no day of the meeting.
		Api.Response before = staff.post("/api/v1/check-ins", Map.of("code", r.code()));
		assertThat(before.status()).as("%s", before).isEqualTo(200);
		String collectedAt = before.json().path("checkedInAt").asString();
		assertThat(collectedAt).isNotEmpty().isEqualTo(before.json().path("checkedInToday").asString());
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", r.code())).problem()).isEqualTo("already-checked-in");
		assertThat(attendance.checkedIn(r.meeting(), List.of(r.delegate().id()))).isEmpty();

		// The first day, through the API: recorded, the badge's time unchanged.
		onDay(1);
		Api.Response first = staff.post("/api/v1/check-ins", Map.of("code", r.code()));
		assertThat(first.status()).as("%s", first).isEqualTo(200);
		assertThat(first.json().path("checkedInAt").asString()).isEqualTo(collectedAt);
		assertThat(first.json().path("checkedInToday").asString()).isNotEmpty().isNotEqualTo(collectedAt);
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", r.code())).status()).isEqualTo(409);
		assertThat(attendance.checkedIn(r.meeting(), List.of(r.delegate().id()))).as("the day before does not count")
			.isEmpty();

		// The second day, at the general desk.
		onDay(2);
		String found = staffPages.get("/meetings/check-in?code=" + r.code()).body();
		assertThat(found).contains("id=\"check-in-today\"").contains("id=\"checkin-collected-before\"")
			.doesNotContain("id=\"collect\"").doesNotContain("id=\"checkin-already\"");
		HttpResponse<String> second = staffPages.post("/meetings/check-in", "/meetings/check-in", Map.of("code", r.code()));
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(element(second.body(), "checkin-day-done")).contains("Checked in for");
		assertThat(second.body()).doesNotContain("id=\"checkin-done\"").doesNotContain("id=\"check-in-today\"");
		assertThat(staffPages.post("/meetings/check-in", "/meetings/check-in", Map.of("code", r.code())).statusCode())
			.isEqualTo(409);
		assertThat(daysCheckedIn(r.registration())).containsExactly(today, today.plusDays(1), today.plusDays(2));
		assertThat(attendance.checkedIn(r.meeting(), List.of(r.delegate().id()))).containsExactly(r.delegate().id());
	}

	@Test
	void theMigrationRecordsAnEarlierCheckInOnTheUtcDayOfTheBadge() throws Exception {
		Registered r = validatedFor(today, "days-migrated");
		// A badge collected before per-day check-ins: at 23:30 UTC, the day of that instant in UTC.
		Instant collected = Instant.parse("2026-03-02T23:30:00Z");
		jdbc.sql("UPDATE registration SET checked_in_at = :at WHERE id = :id").param("at", Timestamp.from(collected))
			.param("id", r.registration()).update();
		String migration = new String(getClass().getResourceAsStream("/db/migration/V25__registration_check_in_days.sql")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String fill = migration.substring(migration.indexOf("INSERT INTO registration_check_in"), migration.lastIndexOf(';'));
		jdbc.sql(fill + " AND id = :id").param("id", r.registration()).update();
		assertThat(daysCheckedIn(r.registration())).containsExactly(LocalDate.parse("2026-03-02"));
	}
}
