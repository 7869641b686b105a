package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgbridge.meeting.MeetingFixtures.element;

import java.time.LocalDate;
import java.util.HashMap;
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
 * API.md "Trainings and forums": meetings of kind TRAINING or FORUM need no study group, may be held
 * alongside another meeting, are open to anyone signed in with or without an organisation, and a
 * registration for them is validated at once; attendance is the check-in.
 */
class TrainingsAndForumsTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	MeetingFixtures fixtures;
	Api staff;
	LocalDate today;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(api, pilot, port);
		staff = fixtures.staff();
		today = LocalDate.now();
	}

	private Map<String, Object> event(String kind, String group, String collocatedWith) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", kind + " " + System.nanoTime(),
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(31).toString(), "city", "Dakar",
				"country", "SN", "remoteParticipation", true, "registrationOpens", today.minusDays(1).toString(),
				"registrationCloses", today.plusDays(20).toString()));
		if (group != null) {
			body.put("studyGroup", group);
		}
		if (collocatedWith != null) {
			body.put("collocatedWith", collocatedWith);
		}
		return body;
	}

	private String created(Map<String, Object> body) {
		Api.Response r = staff.post("/api/v1/meetings", body);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	@Test
	void forumWithoutStudyGroupCollocatedWithAStudyGroupMeeting() {
		String sg = fixtures.meeting("ITU-T-SG20", "Plenary", 30, 5, null);
		Api.Response forum = staff.post("/api/v1/meetings", event("FORUM", null, sg));
		assertThat(forum.status()).as("%s", forum).isEqualTo(201);
		assertThat(forum.json().path("kind").asString()).isEqualTo("FORUM");
		assertThat(forum.json().path("studyGroup").isNull() || forum.json().path("studyGroup").isMissingNode()).isTrue();
		assertThat(forum.json().path("collocatedWith").asString()).isEqualTo(sg);
		String training = created(event("TRAINING", "ITU-T-SG20", null));
		assertThat(api.get("/api/v1/meetings/" + training).json().path("sector").asString()).isEqualTo("ITU-T");

		// Both meetings' pages name the other.
		PageClient reader = fixtures.signedIn(pilot.person("reader", Set.of()));
		String forumPage = reader.get("/meetings/" + forum.json().path("id").asString()).body();
		assertThat(element(forumPage, "collocated-with")).contains("/meetings/" + sg);
		assertThat(element(forumPage, "group")).contains("None");
		String sgPage = reader.get("/meetings/" + sg).body();
		assertThat(element(sgPage, "collocated")).contains(forum.json().path("title").asString())
			.contains("Regional standardization forum");
	}

	@Test
	void badInputNamesTheField() {
		Api.Response unknown = staff.post("/api/v1/meetings", event("TRAINING", null, "no-such-meeting"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"field\":\"collocatedWith\"");
		Api.Response noGroup = staff.post("/api/v1/meetings", event("STUDY_GROUP", null, null));
		assertThat(noGroup.status()).isEqualTo(400);
		assertThat(noGroup.body()).contains("\"field\":\"studyGroup\"");
		Api.Response kind = staff.post("/api/v1/meetings", event("SEMINAR", null, null));
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.body()).contains("\"field\":\"kind\"").contains("FORUM");
		String training = created(event("TRAINING", null, null));
		Map<String, Object> self = event("TRAINING", null, training);
		Api.Response itself = staff.put("/api/v1/meetings/" + training, self);
		assertThat(itself.status()).isEqualTo(400);
		assertThat(itself.body()).contains("\"field\":\"collocatedWith\"");
		// Only the secretariat creates meetings, whatever the body.
		assertThat(api.bearer(pilot.person("nobody", Set.of()).token()).post("/api/v1/meetings", event("FORUM", null, null))
			.status()).isEqualTo(403);
	}

	@Test
	void anyoneSignedInRegistersValidatedAtOnceWithOrWithoutOrganisation() {
		String training = created(event("TRAINING", null, null));
		Person trainee = pilot.person("trainee", Set.of());
		Api.Response alone = api.bearer(trainee.token()).post("/api/v1/meetings/" + training + "/registrations",
				Map.of("mode", "IN_PERSON"));
		assertThat(alone.status()).as("%s", alone).isEqualTo(201);
		assertThat(alone.json().path("status").asString()).isEqualTo("VALIDATED");
		assertThat(alone.json().path("organizationId").isNull() || alone.json().path("organizationId").isMissingNode()).isTrue();
		assertThat(api.bearer(trainee.token()).post("/api/v1/meetings/" + training + "/registrations",
				Map.of("mode", "REMOTE")).problem()).isEqualTo("already-registered");

		// A delegate of an Administration for it; a stranger's organisation is refused (403), an unknown one is 400.
		Person delegate = fixtures.delegate("trainee-delegate", "SN");
		Api.Response forAdministration = fixtures.register(delegate, training, pilot.administrationOf("SN"), "REMOTE");
		assertThat(forAdministration.status()).isEqualTo(201);
		assertThat(forAdministration.json().path("status").asString()).isEqualTo("VALIDATED");
		Person other = pilot.person("not-member", Set.of());
		assertThat(fixtures.register(other, training, pilot.administrationOf("SN"), "REMOTE").status()).isEqualTo(403);
		Api.Response unknownOrg = fixtures.register(other, training, "no-such-org", "REMOTE");
		assertThat(unknownOrg.status()).isEqualTo(400);
		assertThat(unknownOrg.body()).contains("\"field\":\"organizationId\"");
		// The same person without an organisation is refused a study group meeting.
		String sg = fixtures.meeting("ITU-T-SG20", "Plenary for none", 30, 2, null);
		assertThat(api.bearer(other.token()).post("/api/v1/meetings/" + sg + "/registrations", Map.of("mode", "REMOTE"))
			.status()).isEqualTo(400);

		// A training of no study group takes no contribution (contributions are numbered by study group).
		Api.Response contribution = api.bearer(trainee.token()).postMultipart("/api/v1/meetings/" + training + "/contributions",
				Map.of("title", "A trainee's paper"), "paper.pdf", org.sgbridge.testing.TestFiles.pdf("paper"));
		assertThat(contribution.status()).as("%s", contribution).isEqualTo(422);
		assertThat(contribution.problem()).isEqualTo("no-study-group");

		// The participants list shows the trainee without organisation; its check-in is its attendance.
		assertThat(api.bearer(trainee.token()).get("/api/v1/meetings/" + training + "/participants").body())
			.contains("trainee");
		String code = jdbc.sql("SELECT verification_code FROM registration WHERE id = :id")
			.param("id", alone.json().path("id").asString()).query(String.class).single();
		clock.setInstant(today.plusDays(30).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
		Api.Response checkIn = api.bearer(pilot.person("desk", Set.of("SECRETARIAT")).token()).post("/api/v1/check-ins",
				Map.of("code", code));
		assertThat(checkIn.status()).as("%s", checkIn).isEqualTo(200);
		assertThat(checkIn.json().path("organization").asString()).isEmpty();
	}

	@Test
	void theMeetingPageOffersRegistrationWithoutOrganisation() {
		String forum = created(event("FORUM", null, null));
		PageClient reader = fixtures.signedIn(pilot.person("forum-reader", Set.of()));
		String html = reader.get("/meetings/" + forum).body();
		assertThat(html).doesNotContain("id=\"no-organization\"");
		assertThat(element(html, "organizationId")).contains("Myself (no organization)");
		var posted = reader.post("/meetings/" + forum, "/meetings/registrations",
				Map.of("meetingIds", forum, "from", "meeting", "organizationId", "", "mode", "IN_PERSON"));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(reader.get("/meetings/" + forum).body()).contains("id=\"registered\"");
	}

	@Test
	void theListRegistersSomeoneWithoutOrganisationForATraining() {
		Map<String, Object> body = event("TRAINING", null, null);
		String title = "Listed training " + System.nanoTime();
		body.put("title", title);
		String training = created(body);
		PageClient reader = fixtures.signedIn(pilot.person("list-reader", Set.of()));
		String list = reader.get("/meetings?q=" + title.replace(' ', '+')).body();
		assertThat(list).contains("value=\"" + training + "\"");
		assertThat(element(list, "organizationId")).contains("trainings and forums only");
		var posted = reader.post("/meetings?q=" + title.replace(' ', '+'), "/meetings/registrations",
				Map.of("meetingIds", training, "organizationId", "", "mode", "IN_PERSON"));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(reader.get("/meetings/" + training).body()).contains("id=\"registered\"");
	}

	@Test
	void theSecretariatsFormCreatesAForumWithoutGroupAndSaysWhatIsWrong() {
		PageClient desk = fixtures.signedIn(pilot.person("form-staff", Set.of("SECRETARIAT")));
		Map<String, String> fields = new HashMap<>(Map.of("studyGroup", "", "kind", "FORUM", "title", "Forum via form",
				"startDate", today.plusDays(40).toString(), "endDate", today.plusDays(40).toString(), "city", "Tunis",
				"country", "TN", "registrationOpens", today.toString(), "registrationCloses", today.plusDays(39).toString(),
				"dateApproximate", "true"));
		var created = desk.post("/meetings/new", "/meetings/new", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String page = desk.get(java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()).body();
		assertThat(element(page, "dates")).contains("Approximately");
		assertThat(desk.get("/meetings?q=Forum+via+form").body()).contains("Approximately");

		// An old meeting chosen before stays chosen in the form, so that saving keeps it.
		String old = fixtures.meeting("ITU-T-SG20", "STUDY_GROUP", "Old plenary " + System.nanoTime(), today.minusYears(3),
				today.minusYears(3), today.minusYears(3).minusDays(30), today.minusYears(3).minusDays(1), "Geneva", null);
		Map<String, Object> collocated = new HashMap<>(event("TRAINING", null, old));
		String training = created(collocated);
		String edit = desk.get("/meetings/" + training + "/edit").body();
		assertThat(element(edit, "collocatedWith")).contains("value=\"" + old + "\" selected");
		// Past meetings are listed without the places column, cells under their headings.
		String past = desk.get("/meetings?past=true&q=Old+plenary").body();
		assertThat(past).contains("Old plenary").doesNotContain("class=\"sg-places\"");
		fields.put("kind", "STUDY_GROUP");
		var refused = desk.post("/meetings/new", "/meetings/new", fields);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"studyGroup-error\"");
	}
}
