package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgbridge.meeting.MeetingFixtures.element;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;

/**
 * The check-in desk of a meeting: a code that no registration has, a badge of another meeting, a
 * meeting that does not run today, a badge already collected are each said plainly; a badge handed
 * over shows the person and its organisation. Only the secretariat opens a desk; the API's check-in
 * is unchanged.
 */
class CheckInDeskPagesTests extends ApiTest {

	MeetingFixtures fixtures;
	Person delegate;
	String today;
	String later;
	String codeToday;
	String codeLater;
	PageClient desk;

	@BeforeEach
	void anIcelandicDelegateValidatedForTwoMeetings() {
		fixtures = new MeetingFixtures(api, pilot, port);
		Person dfp = pilot.dfp("IS");
		String administration = pilot.administrationOf("IS");
		delegate = fixtures.delegate("delegate-is", "IS");
		LocalDate now = LocalDate.now();
		today = fixtures.meeting("ITU-T-SG12", "STUDY_GROUP", "Desk running " + delegate.email(), now.minusDays(1), now.plusDays(2),
				now.minusDays(20), now, "Reykjavik", null);
		later = fixtures.meeting("ITU-T-SG12", "Desk later " + delegate.email(), 30, 3, null);
		codeToday = validated(dfp, fixtures.registered(delegate, today, administration, "IN_PERSON"));
		codeLater = validated(dfp, fixtures.registered(delegate, later, administration, "IN_PERSON"));
		desk = fixtures.signedIn(pilot.person("staff-is", Set.of("SECRETARIAT")));
	}

	private String validated(Person dfp, String registration) {
		Api.Response decided = api.bearer(dfp.token()).post("/api/v1/registrations/" + registration + "/validation",
				Map.of("decision", "APPROVE"));
		assertThat(decided.status()).isEqualTo(200);
		// The code printed on the letter and the badge.
		return code(registration);
	}

	private String code(String registration) {
		return jdbcClient.sql("SELECT verification_code FROM registration WHERE id = :id").param("id", registration).query(String.class)
			.single();
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

	@Test
	void aBadgeIsHandedOverAtItsMeetingsDeskShowingThePersonAndItsOrganisation() {
		String page = desk.get("/meetings/" + today + "/check-in").body();
		assertThat(page).doesNotContain("id=\"checkin-not-today\"");
		assertThat(element(page, "badges")).contains("Badges collected: 0 of 1");

		String found = desk.get("/meetings/" + today + "/check-in?code=" + codeToday.toLowerCase()).body();
		assertThat(element(found, "h-found")).contains("delegate-is");
		assertThat(element(found, "found-organization")).contains("Administration of Iceland").contains("Iceland");
		assertThat(found).contains("id=\"collect\"").doesNotContain("id=\"checkin-other-meeting\"");

		HttpResponse<String> collected = desk.post("/meetings/" + today + "/check-in", "/meetings/" + today + "/check-in",
				Map.of("code", codeToday));
		assertThat(collected.statusCode()).isEqualTo(200);
		assertThat(element(collected.body(), "checkin-done")).contains("The badge is handed over.");
		assertThat(element(collected.body(), "h-found")).contains("delegate-is");
		assertThat(element(collected.body(), "badges")).contains("Badges collected: 1 of 1");

		// A second time: already collected, said with when, and nothing to press.
		String again = desk.get("/meetings/" + today + "/check-in?code=" + codeToday).body();
		assertThat(element(again, "checkin-already")).contains("This badge was already collected at");
		assertThat(again).doesNotContain("id=\"collect\"");
		assertThat(desk.post("/meetings/" + today + "/check-in", "/meetings/" + today + "/check-in", Map.of("code", codeToday))
			.statusCode()).isEqualTo(409);
	}

	@Test
	void theDeskWarnsOfAnotherMeetingsBadgeAndRefusesToHandItOver() {
		HttpResponse<String> other = desk.get("/meetings/" + today + "/check-in?code=" + codeLater);
		assertThat(other.statusCode()).isEqualTo(409);
		assertThat(element(other.body(), "checkin-other-meeting")).contains("This badge is for another meeting: Desk later")
			.contains("href=\"/meetings/" + later + "/check-in?code=" + codeLater + "\"");
		assertThat(other.body()).doesNotContain("id=\"collect\"");

		HttpResponse<String> forced = desk.post("/meetings/" + today + "/check-in", "/meetings/" + today + "/check-in",
				Map.of("code", codeLater));
		assertThat(forced.statusCode()).isEqualTo(409);
		assertThat(forced.body()).contains("id=\"checkin-other-meeting\"").doesNotContain("id=\"checkin-done\"");
		assertThat(jdbcClient.sql("SELECT checked_in_at FROM registration WHERE verification_code = :c").param("c", codeLater)
			.query(java.sql.Timestamp.class).optional()).isEmpty();
	}

	@Test
	void theDeskWarnsOfAMeetingNotRunningTodayAndOfACodeNoRegistrationHas() {
		String page = desk.get("/meetings/" + later + "/check-in?code=" + codeLater).body();
		assertThat(element(page, "checkin-not-today")).contains("This meeting is not running today");
		assertThat(page).contains("id=\"collect\"").contains("id=\"checkin-not-today-again\"");

		HttpResponse<String> unknown = desk.get("/meetings/" + later + "/check-in?code=NOSUCHCODE");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(element(unknown.body(), "checkin-problem")).contains("No registration has this code");
		HttpResponse<String> unknownPost = desk.post("/meetings/" + later + "/check-in", "/meetings/" + later + "/check-in",
				Map.of("code", "NOSUCHCODE"));
		assertThat(unknownPost.statusCode()).isEqualTo(404);
		assertThat(element(unknownPost.body(), "checkin-problem")).contains("No registration has this code");

		// The general desk leads to the desks of the meetings running today; a meeting's page to its own.
		assertThat(desk.get("/meetings/check-in").body()).contains("href=\"/meetings/" + today + "/check-in\"")
			.doesNotContain("href=\"/meetings/" + later + "/check-in\"");
		assertThat(element(desk.get("/meetings/" + later).body(), "desk-link")).contains("href=\"/meetings/" + later + "/check-in\"");
	}

	@Test
	void onlyTheSecretariatOpensADeskAndTheApiChecksInAsBefore() {
		PageClient participant = fixtures.signedIn(delegate);
		assertThat(participant.get("/meetings/" + today + "/check-in").statusCode()).isEqualTo(403);
		assertThat(participant.post("/meetings/" + today, "/meetings/" + today + "/check-in", Map.of("code", codeToday)).statusCode())
			.isEqualTo(403);
		assertThat(participant.get("/meetings/check-in").statusCode()).isEqualTo(403);
		assertThat(new PageClient(port).get("/meetings/" + today + "/check-in").statusCode()).isIn(302, 401);

		Api staff = api.bearer(pilot.secretariat());
		assertThat(api.bearer(delegate.token()).post("/api/v1/check-ins", Map.of("code", codeLater)).status()).isEqualTo(403);
		Api.Response checkedIn = staff.post("/api/v1/check-ins", Map.of("code", codeLater));
		assertThat(checkedIn.status()).as("%s", checkedIn).isEqualTo(200);
		assertThat(checkedIn.json().path("name").asString()).isEqualTo("delegate-is");
		Api.Response twice = staff.post("/api/v1/check-ins", Map.of("code", codeLater));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.problem()).isEqualTo("already-checked-in");
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", "NOSUCHCODE")).status()).isEqualTo(404);
	}
}
